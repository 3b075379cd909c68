import { z } from 'zod';

/** One model call (or a later evaluation of one), append-only and hash-chained. */
export const AuditRecord = z.object({
  seq: z.number().int().positive(),
  kind: z.enum(['call', 'evaluation']),
  time: z.string(),
  userContext: z.string(),
  workspaceId: z.string(),
  promptSlug: z.string().nullable(),
  promptVersion: z.number().int().nullable(),
  versionHash: z.string().nullable(),
  runId: z.string().nullable(),
  caseKey: z.string().nullable(),
  endpoint: z.string(),
  requestedModel: z.string(),
  returnedModel: z.string().nullable(),
  fingerprint: z.string().nullable(),
  params: z.record(z.string(), z.unknown()),
  inputHash: z.string(),
  input: z.string().nullable(),
  output: z.string().nullable(),
  outputHash: z.string().nullable(),
  error: z.string().nullable(),
  latencyMs: z.number().nullable(),
  tokensIn: z.number().int().nullable(),
  tokensOut: z.number().int().nullable(),
  cost: z.number().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/** What a caller supplies; sequence, time, chain hashes and workspace are filled by the log. */
export type AuditEntry = Omit<AuditRecord, 'seq' | 'time' | 'prevHash' | 'hash' | 'workspaceId'>;

export const AuditVerdict = z.object({
  ok: z.boolean(),
  records: z.number().int(),
  firstBroken: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;
