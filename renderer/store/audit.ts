import type { AuditRecord, AuditVerdict } from '../../shared/domain/index.ts';
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
}

export const createAuditSlice: Slice<AuditSlice> = (set, get) => ({
  auditRecords: [],
  auditFilter: { slug: '', version: '' },
  verdict: null,

  setAuditFilter: (patch) => set({ auditFilter: { ...get().auditFilter, ...patch } }),

  async loadAudit() {
    const { slug, version } = get().auditFilter;
    const input = {
      ...(slug.trim() === '' ? {} : { slug: slug.trim() }),
      ...(version.trim() === '' ? {} : { version: Number(version) }),
    };
    const records = await attempt(set, () => client.api['audit.list'](input));
    if (records) set({ auditRecords: records });
  },

  async verifyAudit() {
    const verdict = await attempt(set, () => client.api['audit.verify']({}));
    if (verdict) set({ verdict });
  },
});
