import { CheckSpec } from '../../shared/domain/index.ts';
import { describeIssues } from '../../shared/api/issues.ts';
import type {
  CheckType,
  Message,
  ModelParams,
  PromptContent,
  PromptVersion,
  Role,
} from '../../shared/domain/index.ts';
import { dialogs } from '../api/dialogs.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { succeeded, failed } from './banner.ts';
import { sameContent, saveBlock } from './draft.ts';
import type { Slice } from './types.ts';

export type NumericParam = 'temperature' | 'max_tokens';

export interface EditorSlice {
  draft: PromptContent;
  /** The version the draft started from; null for a prompt with no versions yet. */
  draftBase: number | null;
  /** What the draft started as: the base version's content, or the empty draft. */
  baseContent: PromptContent;
  /** The draft differs from what it started as. */
  dirty: boolean;
  saveOpen: boolean;
  /** The golden set whose columns complete and check `{{ variables }}`. */
  varsGolden: string | null;
  varsColumns: string[];
  loadDraft(version: PromptVersion | null): void;
  /** True when there is no unsaved work, or the user agreed to lose it. */
  mayDiscardDraft(): boolean;
  /** "Open" on a history row: that version becomes the draft, once unsaved work is settled. */
  openVersion(version: PromptVersion): void;
  setRole(index: number, role: Role): void;
  setContent(index: number, content: string): void;
  addMessage(): void;
  removeMessage(index: number): void;
  setModelName(name: string): void;
  setNumericParam(key: NumericParam, text: string): void;
  addCheck(type: CheckType, value: string): void;
  removeCheck(index: number): void;
  openSave(): void;
  closeSave(): void;
  save(message: string): Promise<void>;
  setVarsGolden(name: string | null): Promise<void>;
}

export const emptyDraft = (): PromptContent => ({
  messages: [
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: '' },
  ],
  model: {},
  checks: [],
});

function withParam(model: ModelParams, key: keyof ModelParams, value: unknown): ModelParams {
  const next: Record<string, unknown> = { ...model };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next as ModelParams;
}

/** Builds a check from the add-check row; null when a required value is missing. */
export function checkFrom(type: CheckType, value: string): CheckSpec | null {
  const v = value.trim();
  if (type === 'is-json') return { type };
  if (type === 'equals-expected') return { type, mode: 'normalised' };
  if (v === '') return null;
  if (type === 'regex') return { type, pattern: v };
  return { type, value: v };
}

export const createEditorSlice: Slice<EditorSlice> = (set, get) => {
  const patch = (fn: (d: PromptContent) => PromptContent) => {
    const draft = fn(get().draft);
    set({ draft, dirty: !sameContent(draft, get().baseContent) });
  };
  const patchMessages = (fn: (m: Message[]) => Message[]) =>
    patch((d) => ({ ...d, messages: fn(d.messages) }));

  return {
    draft: emptyDraft(),
    draftBase: null,
    baseContent: emptyDraft(),
    dirty: false,
    saveOpen: false,
    varsGolden: null,
    varsColumns: [],

    loadDraft(version) {
      const baseContent = version ? structuredClone(version.content) : emptyDraft();
      const draft = structuredClone(baseContent);
      set({
        draft,
        baseContent,
        draftBase: version?.number ?? null,
        dirty: false,
        saveOpen: false,
      });
    },

    mayDiscardDraft() {
      const { dirty, selectedSlug, draftBase } = get();
      if (!dirty) return true;

      const from = draftBase === null ? 'the new draft' : `the draft from v${draftBase}`;
      return dialogs.confirm(
        `Discard unsaved changes to ${selectedSlug ?? 'this prompt'} (${from})?`,
      );
    },

    openVersion(version) {
      if (get().mayDiscardDraft()) get().loadDraft(version);
    },

    setRole: (index, role) =>
      patchMessages((ms) => ms.map((m, i) => (i === index ? { ...m, role } : m))),
    setContent: (index, content) =>
      patchMessages((ms) => ms.map((m, i) => (i === index ? { ...m, content } : m))),
    addMessage: () => patchMessages((ms) => [...ms, { role: 'user', content: '' }]),
    removeMessage: (index) =>
      patchMessages((ms) => (ms.length > 1 ? ms.filter((_, i) => i !== index) : ms)),

    setModelName(name) {
      const value = name.trim() === '' ? undefined : name.trim();
      patch((d) => ({ ...d, model: withParam(d.model, 'name', value) }));
    },

    setNumericParam(key, text) {
      const n = Number(text);
      const value = text.trim() === '' || Number.isNaN(n) ? undefined : n;
      patch((d) => ({ ...d, model: withParam(d.model, key, value) }));
    },

    addCheck(type, value) {
      const check = checkFrom(type, value);
      if (check === null) {
        set(failed(`checks: "${type}" needs a value`));
        return;
      }
      // The same schema the backend applies, so a bad regex is refused here, not at save.
      const valid = CheckSpec.safeParse(check);
      if (!valid.success) {
        set(failed(`checks: ${describeIssues(valid.error)}`));
        return;
      }
      patch((d) => ({ ...d, checks: [...d.checks, valid.data] }));
    },

    removeCheck: (index) =>
      patch((d) => ({ ...d, checks: d.checks.filter((_, i) => i !== index) })),

    openSave() {
      const { selectedSlug, screen, draft, versions } = get();
      if (selectedSlug === null || screen !== 'prompts') return;

      const block = saveBlock(draft, versions.at(-1));
      if (block?.kind === 'syntax') set(failed(block.message));
      else if (block?.kind === 'unchanged') set(succeeded(block.message));
      else set({ saveOpen: true });
    },
    closeSave: () => set({ saveOpen: false }),

    async save(message) {
      const slug = get().selectedSlug;
      if (slug === null) return;

      const content = get().draft;
      const latest = get().versions.at(-1)?.number ?? 0;
      const saved = await attempt(set, () =>
        client.api['versions.save']({ slug, content, message }),
      );
      if (!saved) return;

      await get().refreshVersions(slug);
      get().loadDraft(saved);
      // The backend hands back the latest version when the content is identical to it.
      const made = saved.number > latest;
      const unchanged = `No changes: v${saved.number} already has this content`;
      set(succeeded(made ? `Saved ${slug} version ${saved.number}` : unchanged));
    },

    async setVarsGolden(name) {
      if (name === null) {
        set({ varsGolden: null, varsColumns: [] });
        return;
      }

      const found = await attempt(set, () => client.api['golden.snapshot']({ name }));
      if (found) set({ varsGolden: name, varsColumns: found.snapshot.columns });
    },
  };
};
