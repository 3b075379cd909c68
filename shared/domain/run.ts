import { z } from 'zod';
import { EndpointId, RunId, Slug, SnapshotId } from './ids.ts';
import { ModelParams } from './prompt.ts';
import { Agreement, CheckResult } from './checks.ts';

/** One column of a replay: a prompt version on a model, with optional parameter overrides. */
export const Variant = z.object({
  slug: Slug,
  version: z.number().int().positive(),
  endpointId: EndpointId,
  model: z.string().min(1),
  overrides: ModelParams.omit({ name: true }).optional(),
});
export type Variant = z.infer<typeof Variant>;

export const CellErrorKind = z.enum([
  'template',
  'auth',
  'not-found',
  'rate-limit',
  'server',
  'timeout',
  'connection',
  'bad-response',
  'cancelled',
]);
export type CellErrorKind = z.infer<typeof CellErrorKind>;

export const CellError = z.object({ kind: CellErrorKind, message: z.string() });
export type CellError = z.infer<typeof CellError>;

export const CellStatus = z.enum(['ok', 'error']);

/** One golden case under one variant. */
export const Cell = z.object({
  runId: RunId,
  caseKey: z.string(),
  variantIndex: z.number().int().nonnegative(),
  status: CellStatus,
  output: z.string().nullable(),
  finishReason: z.string().nullable(),
  ttftMs: z.number().nullable(),
  latencyMs: z.number().nullable(),
  tokensIn: z.number().int().nullable(),
  tokensOut: z.number().int().nullable(),
  cost: z.number().nullable(),
  returnedModel: z.string().nullable(),
  fingerprint: z.string().nullable(),
  error: CellError.nullable(),
  checks: z.array(CheckResult),
  agreement: Agreement.nullable(),
  createdAt: z.string(),
});
export type Cell = z.infer<typeof Cell>;

export const RunStatus = z.enum(['running', 'finished', 'interrupted']);

export const Run = z.object({
  id: RunId,
  snapshotId: SnapshotId,
  goldenName: z.string(),
  snapshotNumber: z.number().int(),
  variants: z.array(Variant).min(1),
  baselineIndex: z.number().int().nonnegative(),
  /** Outputs less similar than this to the baseline's count as regressions; null: not checked. */
  minSimilarity: z.number().min(0).max(1).nullable(),
  status: RunStatus,
  caseCount: z.number().int().nonnegative(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Run = z.infer<typeof Run>;

export const VariantSummary = z.object({
  variantIndex: z.number().int(),
  cells: z.number().int(),
  errors: z.number().int(),
  checksPassed: z.number().int(),
  checksFailed: z.number().int(),
  casesAllChecksPass: z.number().int(),
  agreementRate: z.number().nullable(),
  agreementCases: z.number().int(),
  latencyP50: z.number().nullable(),
  latencyP95: z.number().nullable(),
  tokensIn: z.number().int(),
  tokensOut: z.number().int(),
  cost: z.number(),
  regressions: z.number().int(),
});
export type VariantSummary = z.infer<typeof VariantSummary>;

export const RegressionReason = z.enum([
  'check-failed',
  'agreement-lost',
  'error',
  'output-changed',
]);

/** A cell that got worse than the same case in the baseline column. */
export const Regression = z.object({
  caseKey: z.string(),
  variantIndex: z.number().int(),
  reasons: z.array(RegressionReason),
  detail: z.string(),
});
export type Regression = z.infer<typeof Regression>;

export const RunReport = z.object({
  run: Run,
  cells: z.array(Cell),
  summaries: z.array(VariantSummary),
  regressions: z.array(Regression),
});
export type RunReport = z.infer<typeof RunReport>;
