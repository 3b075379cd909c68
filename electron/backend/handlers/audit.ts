import type { HandlerTable } from './types.ts';

export const auditHandlers: HandlerTable<'audit.list' | 'audit.verify' | 'audit.evidence'> = {
  'audit.list': (filter, { ws }) => ws.audit.list(filter),
  'audit.verify': (_input, { ws }) => ws.audit.verify(),
  'audit.evidence': ({ slug, version }, { ws, user }) => ({
    exportedAt: new Date().toISOString(),
    exportedBy: user,
    workspace: ws.path,
    filter: { slug: slug ?? null, version: version ?? null },
    chain: ws.audit.verify(),
    records: ws.audit.list({ slug, version }).reverse(),
  }),
};
