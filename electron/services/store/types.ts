import type {
  Approval,
  AuditEntry,
  AuditRecord,
  AuditVerdict,
  Cell,
  Endpoint,
  EndpointInput,
  GoldenCase,
  GoldenSet,
  GoldenSnapshot,
  LabelMove,
  Prompt,
  PromptContent,
  PromptVersion,
  Run,
  RunId,
  Variant,
} from '../../../shared/domain/index.ts';

/**
 * What the workspace store offers the services. Every method runs synchronously on
 * better-sqlite3; expected failures throw `ApiError` (shared/api/errors.ts) with a kind,
 * e.g. `not-found` for an unknown slug, `conflict` for a duplicate.
 */
export interface PromptRepo {
  list(): Prompt[];
  get(slug: string): Prompt; // not-found
  create(input: { slug: string; description: string; tags: string[] }): Prompt; // conflict
  /** Creates the prompt if needed; updates description/tags when given. */
  ensure(input: { slug: string; description?: string; tags?: string[] }): Prompt;
}

export interface VersionRepo {
  list(slug: string): PromptVersion[]; // newest first
  get(slug: string, number: number): PromptVersion; // not-found
  latest(slug: string): PromptVersion | null;
  /**
   * Saves a new immutable version (number = latest + 1, parent = latest). Saving content whose
   * hash equals the latest version's returns that version unchanged (no empty versions).
   */
  save(input: {
    slug: string;
    content: PromptContent;
    message: string;
    author: string;
  }): PromptVersion;
}

export interface LabelRepo {
  move(input: { slug: string; label: string; number: number; movedBy: string }): LabelMove;
  history(slug: string): LabelMove[];
}

export interface ApprovalRepo {
  approve(input: { slug: string; number: number; approver: string; note: string }): Approval;
  list(slug: string): Approval[];
  /** The latest approval of exactly this version, or null. */
  find(slug: string, number: number): Approval | null;
}

export interface GoldenRepo {
  list(): GoldenSet[];
  /** Creates the set if needed and stores the cases as its next immutable snapshot, in one transaction. */
  addSnapshot(input: { name: string; sourceFile: string; cases: GoldenCase[] }): GoldenSnapshot;
  /** The given snapshot number, or the latest when number is omitted. not-found otherwise. */
  snapshot(name: string, number?: number): { snapshot: GoldenSnapshot; cases: GoldenCase[] };
  snapshotById(id: string): { snapshot: GoldenSnapshot; cases: GoldenCase[] };
}

export interface EndpointRepo {
  list(): Endpoint[];
  get(id: string): Endpoint; // not-found
  /** Insert, or update when input.id names an existing endpoint. */
  save(input: EndpointInput): Endpoint;
  /** The endpoint with this base URL (trailing slash ignored), created with defaults if absent. */
  ensureByUrl(baseUrl: string, name?: string): Endpoint;
}

export interface SettingsRepo {
  get(key: SettingKey): string | null;
  set(key: SettingKey, value: string): void;
}
export type SettingKey = 'export.repoPath' | 'workspace.id' | 'audit.hashOnly';

export interface RunRepo {
  create(input: {
    snapshotId: string;
    variants: Variant[];
    baselineIndex: number;
    minSimilarity?: number | null | undefined;
  }): Run;
  get(id: string): Run; // not-found
  list(): Run[]; // newest first
  /** Stores a cell; a retried cell replaces the earlier one for the same case and variant. */
  saveCell(cell: Cell): void;
  cells(runId: string): Cell[];
  finish(runId: RunId, status: 'finished' | 'interrupted'): Run;
  /** Marks a run as running again, for a retry of some of its cells. */
  reopen(runId: RunId): Run;
  /** Marks every run still marked running as interrupted; returns how many. */
  interruptRunning(): number;
}

export interface AuditLog {
  /** Appends one record to the hash chain and returns it. */
  append(entry: AuditEntry): AuditRecord;
  list(filter: {
    slug?: string | undefined;
    version?: number | undefined;
    runId?: string | undefined;
    limit?: number | undefined;
  }): AuditRecord[];
  /** Recomputes the chain; names the first record whose hash or link does not hold. */
  verify(): AuditVerdict;
}

export interface Workspace {
  readonly path: string;
  readonly schemaVersion: number;
  readonly prompts: PromptRepo;
  readonly versions: VersionRepo;
  readonly labels: LabelRepo;
  readonly approvals: ApprovalRepo;
  readonly golden: GoldenRepo;
  readonly endpoints: EndpointRepo;
  readonly settings: SettingsRepo;
  readonly runs: RunRepo;
  readonly audit: AuditLog;
  /** Runs fn in one write transaction. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
