import type { HandlerTable } from './types.ts';

export const auditHandlers: HandlerTable<'audit.list' | 'audit.verify'> = {
  'audit.list': (filter, { ws }) => ws.audit.list(filter),
  'audit.verify': (_input, { ws }) => ws.audit.verify(),
};
