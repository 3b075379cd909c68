import type { AuditEntry, AuditRecord, AuditVerdict } from '../../../shared/domain/index.ts';
import { hashCanonical, sha256Hex } from '../hash.ts';
import type { Db } from './db.ts';
import type { AuditLog, SettingsRepo } from './types.ts';
import { fromJson, now } from './util.ts';

/** The prevHash of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  kind: AuditRecord['kind'];
  time: string;
  user_context: string;
  workspace_id: string;
  prompt_slug: string | null;
  prompt_version: number | null;
  version_hash: string | null;
  run_id: string | null;
  case_key: string | null;
  endpoint: string;
  requested_model: string;
  returned_model: string | null;
  fingerprint: string | null;
  params: string;
  input_hash: string;
  input: string | null;
  output: string | null;
  output_hash: string | null;
  error: string | null;
  latency_ms: number | null;
  tokens_in: number | null;
  tokens_out: number | null;
  cost: number | null;
  prev_hash: string;
  hash: string;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  seq: r.seq,
  kind: r.kind,
  time: r.time,
  userContext: r.user_context,
  workspaceId: r.workspace_id,
  promptSlug: r.prompt_slug,
  promptVersion: r.prompt_version,
  versionHash: r.version_hash,
  runId: r.run_id,
  caseKey: r.case_key,
  endpoint: r.endpoint,
  requestedModel: r.requested_model,
  returnedModel: r.returned_model,
  fingerprint: r.fingerprint,
  params: fromJson<Record<string, unknown>>(r.params),
  inputHash: r.input_hash,
  input: r.input,
  output: r.output,
  outputHash: r.output_hash,
  error: r.error,
  latencyMs: r.latency_ms,
  tokensIn: r.tokens_in,
  tokensOut: r.tokens_out,
  cost: r.cost,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** The chain hash: sha256 over the canonical JSON of the record without its own hash. */
export function recordHash(record: Omit<AuditRecord, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...rest } = record;
  return hashCanonical(rest);
}

function toRow(r: AuditRecord): (string | number | null)[] {
  return [
    r.seq,
    r.kind,
    r.time,
    r.userContext,
    r.workspaceId,
    r.promptSlug,
    r.promptVersion,
    r.versionHash,
    r.runId,
    r.caseKey,
    r.endpoint,
    r.requestedModel,
    r.returnedModel,
    r.fingerprint,
    JSON.stringify(r.params),
    r.inputHash,
    r.input,
    r.output,
    r.outputHash,
    r.error,
    r.latencyMs,
    r.tokensIn,
    r.tokensOut,
    r.cost,
    r.prevHash,
    r.hash,
  ];
}

export function auditLog(db: Db, settings: SettingsRepo): AuditLog {
  const append: AuditLog['append'] = (entry) =>
    db.tx(() => {
      const last = db.get<{ seq: number; hash: string }>(
        'audit.last',
        'SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1',
      );
      const body: Omit<AuditRecord, 'hash'> = {
        ...stored(entry, settings.get('audit.hashOnly') === '1'),
        seq: (last?.seq ?? 0) + 1,
        time: now(),
        workspaceId: settings.get('workspace.id') ?? '',
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      const record: AuditRecord = { ...body, hash: recordHash(body) };
      const marks = toRow(record)
        .map(() => '?')
        .join(', ');
      db.run('audit.insert', `INSERT INTO audit VALUES (${marks})`, toRow(record));
      return record;
    });

  const list: AuditLog['list'] = (filter) => {
    const sql = `SELECT * FROM audit
      WHERE (? IS NULL OR prompt_slug = ?) AND (? IS NULL OR prompt_version = ?)
        AND (? IS NULL OR run_id = ?)
      ORDER BY seq DESC LIMIT ?`;
    const { slug = null, version = null, runId = null } = filter;
    const params = [slug, slug, version, version, runId, runId, filter.limit ?? -1];
    return db.all<AuditRow>('audit.list', sql, params).map(toRecord);
  };

  return { append, list, verify: () => verifyChain(db) };
}

/**
 * In hash-only mode the texts are dropped but their hashes kept, so a record still proves what
 * was sent and received without holding it. Only known fields are kept from the entry.
 */
function stored(entry: AuditEntry, hashOnly: boolean): AuditEntry {
  const e: AuditEntry = {
    kind: entry.kind,
    userContext: entry.userContext,
    promptSlug: entry.promptSlug,
    promptVersion: entry.promptVersion,
    versionHash: entry.versionHash,
    runId: entry.runId,
    caseKey: entry.caseKey,
    endpoint: entry.endpoint,
    requestedModel: entry.requestedModel,
    returnedModel: entry.returnedModel,
    fingerprint: entry.fingerprint,
    params: entry.params,
    inputHash: entry.inputHash,
    input: entry.input,
    output: entry.output,
    outputHash: entry.outputHash,
    error: entry.error,
    latencyMs: entry.latencyMs,
    tokensIn: entry.tokensIn,
    tokensOut: entry.tokensOut,
    cost: entry.cost,
  };
  if (!hashOnly) return e;
  const outputHash = e.outputHash ?? (e.output === null ? null : sha256Hex(e.output));
  return { ...e, input: null, output: null, outputHash };
}

/** Walks the chain in order; the first record out of sequence, unlinked or altered is named. */
export function verifyChain(db: Db): AuditVerdict {
  const rows = db.raw
    .prepare('SELECT * FROM audit ORDER BY seq')
    .iterate() as IterableIterator<AuditRow>;
  let prev = GENESIS_HASH;
  let expected = 1;
  let broken: { seq: number; reason: string } | null = null;
  for (const row of rows) {
    const record = toRecord(row);
    const reason = brokenReason(record, expected, prev);
    if (reason) {
      broken = { seq: Math.min(record.seq, expected), reason };
      break;
    }
    prev = record.hash;
    expected += 1;
  }
  if (!broken) return { ok: true, records: expected - 1, firstBroken: null, reason: null };
  return { ok: false, records: count(db), firstBroken: broken.seq, reason: broken.reason };
}

function brokenReason(record: AuditRecord, expected: number, prev: string): string | null {
  if (record.seq !== expected) return `record ${expected} is missing (next is ${record.seq})`;
  if (record.prevHash !== prev)
    return `record ${record.seq} does not link to record ${expected - 1}`;
  if (recordHash(record) !== record.hash)
    return `record ${record.seq} was edited: its content no longer matches its hash`;
  return null;
}

function count(db: Db): number {
  return db.get<{ n: number }>('audit.count', 'SELECT count(*) AS n FROM audit')?.n ?? 0;
}
