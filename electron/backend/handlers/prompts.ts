import type { HandlerTable } from './types.ts';

type PromptMethods =
  | 'prompts.list'
  | 'prompts.create'
  | 'versions.list'
  | 'versions.save'
  | 'versions.restore'
  | 'labels.move'
  | 'approvals.approve'
  | 'approvals.list';

export const promptHandlers: HandlerTable<PromptMethods> = {
  'prompts.list': (_input, { ws }) => ws.prompts.list(),
  'prompts.create': (input, { ws }) => ws.prompts.create(input),
  'versions.list': ({ slug }, { ws }) => ws.versions.list(slug),
  'versions.save': (input, { ws, user }) => ws.versions.save({ ...input, author: user }),
  'versions.restore': ({ slug, number, message }, { ws, user }) => {
    const old = ws.versions.get(slug, number);
    const text = message ?? `Restore v${number}`;
    return ws.versions.save({ slug, content: old.content, message: text, author: user });
  },
  'labels.move': (input, { ws, user }) => ws.labels.move({ ...input, movedBy: user }),
  'approvals.approve': (input, { ws, user }) => ws.approvals.approve({ ...input, approver: user }),
  'approvals.list': ({ slug }, { ws }) => ws.approvals.list(slug),
};
