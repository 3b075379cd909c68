import type { HandlerTable } from './types.ts';

export const workspaceHandlers: HandlerTable<'workspace.info'> = {
  'workspace.info': (_input, { ws, user }) => ({
    path: ws.path,
    schemaVersion: ws.schemaVersion,
    user,
  }),
};
