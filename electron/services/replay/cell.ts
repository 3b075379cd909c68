import type { AuditEntry, Cell, Message, RunId } from '../../../shared/domain/index.ts';
import { agreement, runChecks } from '../../../shared/checks/index.ts';
import { sha256Hex } from '../hash.ts';
import { callChat, type ChatOutcome } from '../providers/index.ts';
import type { CellTask } from './types.ts';

export interface CellOutcome {
  cell: Cell;
  audit: AuditEntry;
}

/** Calls the model for one case under one variant and grades the answer. */
export async function computeCell(
  runId: RunId,
  task: CellTask,
  user: string,
  hashOnly: boolean,
  signal?: AbortSignal,
): Promise<CellOutcome> {
  const { prepared, testCase } = task;
  const messages = prepared.rendered.get(testCase.key) ?? [];
  const outcome = await callChat({
    endpoint: prepared.endpoint,
    apiKey: prepared.apiKey,
    model: prepared.variant.model,
    messages,
    params: prepared.params,
    ...(signal ? { signal } : {}),
  });

  const cell = toCell(runId, task, outcome);
  return {
    cell,
    audit: toAudit(task, cell, messages, { user, hashOnly, params: prepared.params }),
  };
}

function toCell(runId: RunId, { prepared, testCase }: CellTask, outcome: ChatOutcome): Cell {
  const base = {
    runId,
    caseKey: testCase.key,
    variantIndex: prepared.index,
    createdAt: new Date().toISOString(),
  };
  if (!outcome.ok) {
    // An errored cell of a case with an expected output counts as not agreeing, so a run full
    // of errors cannot show a perfect agreement rate.
    const agreed = testCase.expected === null ? null : { exact: false, normalised: false };
    return {
      ...base,
      status: 'error',
      output: null,
      finishReason: null,
      ttftMs: null,
      latencyMs: outcome.latencyMs,
      tokensIn: null,
      tokensOut: null,
      cost: null,
      returnedModel: null,
      fingerprint: null,
      error: { kind: outcome.kind, message: outcome.message },
      checks: [],
      agreement: agreed,
    };
  }

  return {
    ...base,
    status: 'ok',
    output: outcome.output,
    finishReason: outcome.finishReason,
    ttftMs: outcome.ttftMs,
    latencyMs: outcome.latencyMs,
    tokensIn: outcome.tokensIn,
    tokensOut: outcome.tokensOut,
    cost: outcome.cost,
    returnedModel: outcome.returnedModel,
    fingerprint: outcome.fingerprint,
    error: null,
    checks: runChecks(prepared.version.content.checks, outcome.output, testCase.expected),
    agreement: testCase.expected === null ? null : agreement(outcome.output, testCase.expected),
  };
}

interface AuditContext {
  user: string;
  hashOnly: boolean;
  params: Record<string, unknown>;
}

/**
 * One audit record per model call as the replay sees it: rate-limited attempts retried inside
 * the provider layer are part of that call, not records of their own.
 */
function toAudit(
  { prepared, testCase }: CellTask,
  cell: Cell,
  messages: Message[],
  ctx: AuditContext,
): AuditEntry {
  const input = JSON.stringify(messages);
  return {
    kind: 'call',
    userContext: ctx.user,
    promptSlug: prepared.version.slug,
    promptVersion: prepared.version.number,
    versionHash: prepared.version.contentHash,
    runId: cell.runId,
    caseKey: testCase.key,
    endpoint: prepared.endpoint.baseUrl,
    requestedModel: prepared.variant.model,
    returnedModel: cell.returnedModel,
    fingerprint: cell.fingerprint,
    params: ctx.params,
    inputHash: sha256Hex(input),
    input: ctx.hashOnly ? null : input,
    output: ctx.hashOnly ? null : cell.output,
    outputHash: cell.output === null ? null : sha256Hex(cell.output),
    error: cell.error ? `${cell.error.kind}: ${cell.error.message}` : null,
    latencyMs: cell.latencyMs,
    tokensIn: cell.tokensIn,
    tokensOut: cell.tokensOut,
    cost: cell.cost,
  };
}
