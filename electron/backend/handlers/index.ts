import type { MethodName } from '../../../shared/api/contract.ts';
import { auditHandlers } from './audit.ts';
import { endpointHandlers } from './endpoints.ts';
import { exportHandlers } from './export.ts';
import { goldenHandlers } from './golden.ts';
import { promptHandlers } from './prompts.ts';
import { runHandlers } from './runs.ts';
import { workspaceHandlers } from './workspace.ts';
import type { HandlerTable } from './types.ts';

/** Every contract method, each bound to the service that does the work. */
export const handlers: HandlerTable<MethodName> = {
  ...promptHandlers,
  ...goldenHandlers,
  ...endpointHandlers,
  ...runHandlers,
  ...exportHandlers,
  ...auditHandlers,
  ...workspaceHandlers,
};
