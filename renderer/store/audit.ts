import type { AuditRecord, AuditVerdict } from '../../shared/domain/index.ts';
import { downloadJson } from '../api/download.ts';
import { client } from '../api/index.ts';
import { attempt } from './attempt.ts';
import type { Slice } from './types.ts';

export interface AuditSlice {
  auditRecords: AuditRecord[];
  auditFilter: { slug: string; version: string };
  verdict: AuditVerdict | null;
  setAuditFilter(patch: Partial<{ slug: string; version: string }>): void;
  loadAudit(): Promise<void>;
  verifyAudit(): Promise<void>;
  /** Downloads every record matching the filter, oldest first, with the chain's verdict. */
  exportEvidence(): Promise<void>;
}

/** The filter as the contract's input: blank fields are left out. */
function filterInput({ slug, version }: { slug: string; version: string }) {
  return {
    ...(slug.trim() === '' ? {} : { slug: slug.trim() }),
    ...(version.trim() === '' ? {} : { version: Number(version) }),
  };
}

export const createAuditSlice: Slice<AuditSlice> = (set, get) => ({
  auditRecords: [],
  auditFilter: { slug: '', version: '' },
  verdict: null,

  setAuditFilter: (patch) => set({ auditFilter: { ...get().auditFilter, ...patch } }),

  async loadAudit() {
    const input = filterInput(get().auditFilter);
    const records = await attempt(set, () => client.api['audit.list'](input));
    if (records) set({ auditRecords: records });
  },

  async verifyAudit() {
    const verdict = await attempt(set, () => client.api['audit.verify']({}));
    if (verdict) set({ verdict });
  },

  async exportEvidence() {
    const input = filterInput(get().auditFilter);
    const evidence = await attempt(set, () => client.api['audit.evidence'](input));
    if (!evidence) return;

    const scope = input.slug
      ? `${input.slug.replaceAll('/', '-')}${input.version ? `-v${input.version}` : ''}`
      : 'all';
    downloadJson(`promptledger-audit-${scope}.json`, evidence);
    set({ verdict: evidence.chain, notice: `Exported ${evidence.records.length} audit records` });
  },
});
