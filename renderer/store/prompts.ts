import type { Approval, Prompt, PromptVersion } from '../../shared/domain/index.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { cleared, failed, succeeded } from './banner.ts';
import type { Slice } from './types.ts';

export interface ExportResult {
  file: string;
  commit: string;
  pushed: boolean;
}

export interface PromptsSlice {
  prompts: Prompt[];
  selectedSlug: string | null;
  versions: PromptVersion[];
  approvals: Approval[];
  /** Up to two version numbers picked for the side-by-side diff, oldest first. */
  diffPick: number[];
  lastExport: ExportResult | null;
  loadPrompts(): Promise<void>;
  createPrompt(slug: string, description: string): Promise<boolean>;
  /** Loads a prompt and its latest version as the draft; callers settle unsaved work first. */
  selectPrompt(slug: string): Promise<void>;
  /** A click in the prompt list: asks before unsaved work is discarded. */
  openPrompt(slug: string): Promise<void>;
  /** Versions, approvals and labels reload together: the history shows approval badges. */
  refreshVersions(slug: string): Promise<void>;
  togglePick(number: number): void;
  restoreVersion(number: number): Promise<void>;
  approveVersion(number: number, note: string): Promise<void>;
  exportVersion(number: number): Promise<void>;
  /** Points a label (production, staging…) at a version; moving it back is the rollback. */
  moveLabel(number: number, label: string): Promise<void>;
}

export const createPromptsSlice: Slice<PromptsSlice> = (set, get) => ({
  prompts: [],
  selectedSlug: null,
  versions: [],
  approvals: [],
  diffPick: [],
  lastExport: null,

  async loadPrompts() {
    const prompts = await attempt(set, () => client.api['prompts.list']({}));
    if (prompts) set({ prompts });
  },

  async createPrompt(slug, description) {
    if (!get().mayDiscardDraft()) return false;

    const created = await attempt(set, () => client.api['prompts.create']({ slug, description }));
    if (!created) return false;

    await get().loadPrompts();
    await get().selectPrompt(created.slug);
    return true;
  },

  async openPrompt(slug) {
    if (get().mayDiscardDraft()) await get().selectPrompt(slug);
  },

  async selectPrompt(slug) {
    set({ selectedSlug: slug, diffPick: [], lastExport: null, ...cleared });
    await get().refreshVersions(slug);
    get().loadDraft(get().versions.at(-1) ?? null);
  },

  async refreshVersions(slug) {
    const loaded = await attempt(set, () =>
      Promise.all([
        client.api['versions.list']({ slug }),
        client.api['approvals.list']({ slug }),
        client.api['prompts.list']({}),
      ]),
    );
    if (!loaded || get().selectedSlug !== slug) return;

    const [versions, approvals, prompts] = loaded;
    set({ versions: versions.toSorted((a, b) => a.number - b.number), approvals, prompts });
  },

  togglePick(number) {
    const picked = get().diffPick;
    const next = picked.includes(number)
      ? picked.filter((n) => n !== number)
      : [...picked, number].slice(-2);
    set({ diffPick: next.toSorted((a, b) => a - b) });
  },

  async restoreVersion(number) {
    const slug = get().selectedSlug;
    if (slug === null || !get().mayDiscardDraft()) return;

    const message = `Restore version ${number}`;
    const restored = await attempt(set, () =>
      client.api['versions.restore']({ slug, number, message }),
    );
    if (!restored) return;

    await get().refreshVersions(slug);
    get().loadDraft(restored);
    set(succeeded(`Restored version ${number} as version ${restored.number}`));
  },

  async approveVersion(number, note) {
    const slug = get().selectedSlug;
    if (slug === null) return;

    const approval = await attempt(set, () =>
      client.api['approvals.approve']({ slug, number, note }),
    );
    if (!approval) return;

    await get().refreshVersions(slug);
    set(succeeded(`Approved ${slug} version ${number}`));
  },

  async moveLabel(number, label) {
    const slug = get().selectedSlug;
    if (slug === null) return;

    const move = await attempt(set, () =>
      client.api['labels.move']({ slug, number, label: label.trim() }),
    );
    if (!move) return;

    await get().loadPrompts();
    const was = move.previousNumber === null ? '' : ` (was v${move.previousNumber})`;
    set(succeeded(`${move.label} → ${slug} v${move.number}${was}`));
  },

  async exportVersion(number) {
    const slug = get().selectedSlug;
    if (slug === null) return;
    if (get().repoPath === null) {
      set(failed('export: no export repository set; choose one in Settings first'));
      return;
    }

    const result = await attempt(set, () => client.api['export.version']({ slug, number }));
    if (!result) return;

    set({
      lastExport: result,
      ...succeeded(`Exported ${result.file} in commit ${result.commit.slice(0, 10)}`),
    });
  },
});
