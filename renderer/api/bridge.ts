import type { EventName } from '../../shared/api/events.ts';
import type { MethodName } from '../../shared/api/contract.ts';

/** What the Electron preload exposes on `window.promptledger`: named verbs, nothing raw. */
export interface PreloadBridge {
  call(method: MethodName, input: unknown): Promise<unknown>;
  onEvent(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Stores an API key in the OS keychain under its reference name (Electron only). */
  setSecret?(ref: string, value: string): Promise<void>;
}

declare global {
  interface Window {
    promptledger?: PreloadBridge;
  }
}
