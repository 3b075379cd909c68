import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { cleared, succeeded } from './banner.ts';
import type { Slice } from './types.ts';

export type Screen = 'prompts' | 'golden' | 'endpoints' | 'replay' | 'audit' | 'settings';

export interface WorkspaceInfo {
  path: string;
  user: string;
  schemaVersion: number;
}

export interface AppSlice {
  screen: Screen;
  workspace: WorkspaceInfo | null;
  error: string | null;
  notice: string | null;
  repoPath: string | null;
  boot(): Promise<void>;
  go(screen: Screen): void;
  dismissError(): void;
  dismissNotice(): void;
  saveRepoPath(path: string): Promise<void>;
}

export const createAppSlice: Slice<AppSlice> = (set, get) => ({
  screen: 'prompts',
  workspace: null,
  error: null,
  notice: null,
  repoPath: null,

  async boot() {
    client.on('run.cell', (p) => get().receiveCell(p.cell));
    client.on('run.progress', (p) => get().receiveProgress(p.runId, p.done, p.total));
    client.on('run.finished', (p) => void get().receiveFinished(p.runId));

    const info = await attempt(set, () => client.api['workspace.info']({}));
    if (info === null) return;

    await Promise.all([
      get().loadPrompts(),
      get().loadGolden(),
      get().loadEndpoints(),
      get().loadRuns(),
      attempt(set, async () => {
        const { repoPath } = await client.api['export.settings']({});
        set({ repoPath });
      }),
    ]);
    set({ workspace: info });
  },

  go(screen) {
    set({ screen, ...cleared });
    if (screen === 'audit') void get().loadAudit();
    if (screen === 'replay') void get().loadRuns();
  },

  dismissError: () => set({ error: null }),
  dismissNotice: () => set({ notice: null }),

  async saveRepoPath(path) {
    const saved = await attempt(set, () => client.api['export.configure']({ repoPath: path }));
    if (saved)
      set({ repoPath: saved.repoPath, ...succeeded(`Export repository set to ${saved.repoPath}`) });
  },
});
