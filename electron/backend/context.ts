import type { EventName } from '../../shared/api/events.ts';
import type { Workspace } from '../services/store/types.ts';

/** What every handler may use: the open workspace, who is acting, secrets and the event bus. */
export interface HandlerContext {
  ws: Workspace;
  user: string;
  secrets: (ref: string) => string | undefined;
  emit: (event: EventName, payload: unknown) => void;
}
