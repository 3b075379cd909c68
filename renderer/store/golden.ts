import type { GoldenCase, GoldenSet, GoldenSnapshot } from '../../shared/domain/index.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import { cleared, succeeded } from './banner.ts';
import { importRequest, type ImportFields } from './golden-form.ts';
import type { Slice } from './types.ts';

export interface GoldenView {
  snapshot: GoldenSnapshot;
  cases: GoldenCase[];
}

export interface GoldenSlice {
  goldenSets: GoldenSet[];
  golden: GoldenView | null;
  importing: boolean;
  loadGolden(): Promise<void>;
  selectGolden(name: string): Promise<void>;
  importGolden(fields: ImportFields, fileName: string, text: string): Promise<boolean>;
}

/** Variable columns of a snapshot, in file order; `expected` is shown on its own. */
export function caseColumns(view: GoldenView): string[] {
  return view.snapshot.columns.filter((c) => c !== 'expected');
}

export const createGoldenSlice: Slice<GoldenSlice> = (set, get) => ({
  goldenSets: [],
  golden: null,
  importing: false,

  async loadGolden() {
    const sets = await attempt(set, () => client.api['golden.list']({}));
    if (!sets) return;

    set({ goldenSets: sets });
    const first = sets[0];
    if (get().varsGolden === null && first) await get().setVarsGolden(first.name);
    if (get().replayForm.golden === '' && first) get().setReplayGolden(first.name);
  },

  async selectGolden(name) {
    set(cleared);
    const view = await attempt(set, () => client.api['golden.snapshot']({ name }));
    if (view) set({ golden: view });
  },

  async importGolden(fields, fileName, text) {
    set({ importing: true });
    const request = importRequest(fields, fileName, text);
    const snapshot = await attempt(set, () => client.api['golden.import'](request));
    set({ importing: false });
    if (!snapshot) return false;

    await get().loadGolden();
    await get().selectGolden(snapshot.setName);
    await get().setVarsGolden(snapshot.setName);
    set({
      ...succeeded(
        `Imported ${snapshot.caseCount} cases into ${snapshot.setName} #${snapshot.number}`,
      ),
    });
    return true;
  },
});
