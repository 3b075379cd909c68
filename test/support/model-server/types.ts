/** What a chat request to the model server looked like, as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or null when there was none or it did not parse. */
  body: ChatRequestBody | null;
  time: number;
}

export interface ChatMessage {
  role: string;
  content: string;
}

export interface ChatRequestBody {
  model?: string;
  messages?: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  [param: string]: unknown;
}

/** A scripted failure instead of (or before) an answer. */
export type Fault =
  | { kind: 'rate-limit'; retryAfterSeconds?: number }
  | { kind: 'server'; status?: number }
  | { kind: 'cut-stream'; afterChunks?: number }
  | { kind: 'malformed' };

/**
 * One scripted behaviour. A rule applies when its `model` equals the requested model and its
 * `match` is found in the last user message (both optional); the first applicable rule wins.
 * With `times`, a rule applies to that many requests only, then steps aside.
 */
export interface ScriptRule {
  model?: string;
  match?: string | RegExp;
  times?: number;
  answer?: string | ((request: ChatRequestBody) => string);
  fault?: Fault;
  delayMs?: number;
  /** The model name the server claims it used (for drift tests); the requested one otherwise. */
  returnedModel?: string;
  fingerprint?: string;
}

export interface ModelServerOptions {
  /** Model ids listed by GET /v1/models; any other requested model gets a 404. */
  models?: string[];
  /** When set, requests without `Authorization: Bearer <apiKey>` get a 401. */
  apiKey?: string;
  script?: ScriptRule[];
  port?: number;
  fingerprint?: string;
}

export interface ModelServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:40123/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Adds a rule in front of the others, so the newest rule wins. */
  script(rule: ScriptRule): void;
  close(): Promise<void>;
}
