import type {
  CellErrorKind,
  Endpoint,
  Message,
  ModelParams,
} from '../../../shared/domain/index.ts';

export interface ChatRequest {
  endpoint: Endpoint;
  /** The resolved key; undefined for local servers, which get a placeholder. */
  apiKey: string | undefined;
  model: string;
  messages: Message[];
  params: Omit<ModelParams, 'name'>;
  signal?: AbortSignal;
  retry?: RetryPolicy;
}

/** How 429s are retried: up to `retries` more attempts, each waiting Retry-After (capped). */
export interface RetryPolicy {
  retries: number;
  maxWaitMs: number;
}

export interface ChatResult {
  ok: true;
  output: string;
  finishReason: string | null;
  ttftMs: number | null;
  latencyMs: number;
  tokensIn: number | null;
  tokensOut: number | null;
  cost: number | null;
  returnedModel: string | null;
  fingerprint: string | null;
  /** HTTP calls made, counting the rate-limited ones that were retried. */
  attempts: number;
}

/** An expected failure of a model call, as a value. The message never holds a key. */
export interface ChatFailure {
  ok: false;
  kind: CellErrorKind;
  message: string;
  retryAfterMs?: number;
  latencyMs: number;
  attempts: number;
}

export type ChatOutcome = ChatResult | ChatFailure;

/** A failure before any timing is known, as classify() produces it. */
export type Failure = Pick<ChatFailure, 'kind' | 'message'> & { retryAfterMs?: number };
