import type { EventName, EventPayload } from '../../../shared/api/events.ts';
import type {
  Endpoint,
  GoldenCase,
  Message,
  ModelParams,
  PromptVersion,
  Run,
  Variant,
} from '../../../shared/domain/index.ts';
import type { Workspace } from '../store/types.ts';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface ReplayDeps {
  ws: Workspace;
  /** Resolves an endpoint's apiKeyRef (environment variable or keychain entry) to the key. */
  secrets: (ref: string) => string | undefined;
  emit: Emit;
  /** Who is running the replay, for the audit trail. */
  user: string;
}

export interface ReplayRequest {
  golden: string;
  snapshot?: number | undefined;
  variants: Variant[];
  baselineIndex: number;
  minSimilarity?: number | undefined;
}

export interface ReplayHandle {
  run: Run;
  /** Settles when every cell is saved and the run is marked finished (or interrupted). */
  done: Promise<Run>;
}

/** One variant, loaded and resolved, with its messages rendered for every case. */
export interface PreparedVariant {
  index: number;
  variant: Variant;
  version: PromptVersion;
  endpoint: Endpoint;
  apiKey: string | undefined;
  params: Omit<ModelParams, 'name'>;
  rendered: Map<string, Message[]>;
}

/** One cell to compute: a case under a variant. */
export interface CellTask {
  testCase: GoldenCase;
  prepared: PreparedVariant;
}
