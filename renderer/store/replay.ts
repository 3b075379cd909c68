import type { Cell, PromptVersion, Run, RunId, RunReport } from '../../shared/domain/index.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { cleared, failed } from './banner.ts';
import { mergeCells, variantsOf } from './replay-logic.ts';
import type { Slice } from './types.ts';

export interface ReplayForm {
  golden: string;
  promptSlug: string;
  /** `slug@version` */
  versionPicks: string[];
  /** `endpointId::model` */
  modelPicks: string[];
  /** Flag outputs less similar than this to the baseline's; '' leaves it off. */
  minSimilarity: string;
}

export interface ReplaySlice {
  runs: Run[];
  replayForm: ReplayForm;
  replayVersions: PromptVersion[];
  runId: RunId | null;
  run: Run | null;
  runCaseKeys: string[];
  cellsByRun: Record<string, Record<string, Cell>>;
  report: RunReport | null;
  progress: { done: number; total: number } | null;
  regressionsOnly: boolean;
  loadRuns(): Promise<void>;
  setReplayGolden(name: string): void;
  setReplayPrompt(slug: string): Promise<void>;
  toggleVersionPick(key: string): void;
  toggleModelPick(key: string): void;
  setMinSimilarity(text: string): void;
  startReplay(): Promise<void>;
  openRun(runId: RunId): Promise<void>;
  /** Loads the report of the open run (its summaries and every stored cell). */
  refreshReport(runId: RunId): Promise<void>;
  toggleRegressionsOnly(): void;
}

/** '' is off; otherwise a number from 0 to 1. */
function parseThreshold(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 'invalid';
}

const toggle = (list: string[], key: string) =>
  list.includes(key) ? list.filter((k) => k !== key) : [...list, key];

export const createReplaySlice: Slice<ReplaySlice> = (set, get) => {
  const form = (patch: Partial<ReplayForm>) =>
    set({ replayForm: { ...get().replayForm, ...patch } });

  const loadCaseKeys = async (run: Run) => {
    const name = run.goldenName;
    const view = await attempt(set, () =>
      client.api['golden.snapshot']({ name, number: run.snapshotNumber }),
    );
    if (view && get().runId === run.id) set({ runCaseKeys: view.cases.map((c) => c.key) });
  };

  return {
    runs: [],
    replayForm: { golden: '', promptSlug: '', versionPicks: [], modelPicks: [], minSimilarity: '' },
    replayVersions: [],
    runId: null,
    run: null,
    runCaseKeys: [],
    cellsByRun: {},
    report: null,
    progress: null,
    regressionsOnly: false,

    async loadRuns() {
      const runs = await attempt(set, () => client.api['runs.list']({}));
      if (runs) set({ runs });
    },

    setReplayGolden: (golden) => form({ golden }),

    async setReplayPrompt(slug) {
      form({ promptSlug: slug });
      const versions = await attempt(set, () => client.api['versions.list']({ slug }));
      if (versions && get().replayForm.promptSlug === slug)
        set({ replayVersions: versions.toSorted((a, b) => a.number - b.number) });
    },

    toggleVersionPick: (key) => form({ versionPicks: toggle(get().replayForm.versionPicks, key) }),
    toggleModelPick: (key) => form({ modelPicks: toggle(get().replayForm.modelPicks, key) }),
    setMinSimilarity: (text) => form({ minSimilarity: text }),

    async startReplay() {
      const f = get().replayForm;
      const variants = variantsOf(f.versionPicks, f.modelPicks);
      if (f.golden === '' || variants.length === 0) {
        set(failed('replay: pick a golden set, at least one version and one model'));
        return;
      }

      const threshold = parseThreshold(f.minSimilarity);
      if (threshold === 'invalid') {
        const got = f.minSimilarity;
        set(failed(`replay: minimum similarity must be a number from 0 to 1, got '${got}'`));
        return;
      }

      const request = { golden: f.golden, variants, baselineIndex: 0 };
      const started = await attempt(set, () =>
        client.api['replay.start'](
          threshold === null ? request : { ...request, minSimilarity: threshold },
        ),
      );
      if (!started) return;

      const fresh = { report: null, progress: null, regressionsOnly: false, retrying: null };
      set({ runId: started.runId, ...fresh, ...cleared });
      await get().openRun(started.runId);
    },

    async openRun(runId) {
      set({ runId, report: null, runCaseKeys: [], ...(get().runId === runId ? {} : cleared) });
      await get().loadRuns();
      const run = get().runs.find((r) => r.id === runId);
      if (run) {
        set({ run });
        await loadCaseKeys(run);
      }
      await get().refreshReport(runId);
    },

    async refreshReport(runId) {
      const report = await attempt(set, () => client.api['runs.report']({ runId }));
      if (!report || get().runId !== runId) return;

      set((s) => ({
        report,
        run: report.run,
        cellsByRun: mergeCells(s.cellsByRun, report.cells),
      }));
    },

    toggleRegressionsOnly: () => set({ regressionsOnly: !get().regressionsOnly }),
  };
};
