import type { EventName } from '../../shared/api/events.ts';

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * The backend as every transport sees it: named calls validated against the contract, and a
 * stream of events. Expected failures reject with `ApiError` (shared/api/errors.ts); a method
 * name outside the contract or input that fails its schema rejects with kind `invalid-input`.
 */
export interface Backend {
  call(method: string, input: unknown): Promise<unknown>;
  subscribe(listener: EventListener): () => void;
  readonly workspacePath: string;
  close(): Promise<void>;
}

export interface BackendOptions {
  /** The SQLite workspace file; created (with samples) when absent. */
  workspacePath: string;
  /** Who is acting: recorded as version author, approver and audit user context. */
  user: string;
  /** Where API keys come from (default: process.env). Never stored. */
  secrets?: (ref: string) => string | undefined;
  /** Seed a new workspace with the sample prompt and golden set (default true). */
  seedSamples?: boolean;
  /**
   * Open read-only even when the file could be written (default: read-only only when the file
   * or its folder is not writable). Start-up writes are skipped and every write is refused.
   */
  readonly?: boolean;
}
