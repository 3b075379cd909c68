import { z } from 'zod';
import { GoldenSetId, SnapshotId } from './ids.ts';

export const CaseSource = z.object({
  file: z.string(),
  row: z.number().int().positive(),
});
export type CaseSource = z.infer<typeof CaseSource>;

/** One golden case: template variables, an optional expected output, and where it came from. */
export const GoldenCase = z.object({
  key: z.string().min(1),
  vars: z.record(z.string(), z.unknown()),
  expected: z.string().nullable(),
  tags: z.array(z.string()),
  note: z.string(),
  source: CaseSource.nullable(),
});
export type GoldenCase = z.infer<typeof GoldenCase>;

export const GoldenSet = z.object({
  id: GoldenSetId,
  name: z.string().min(1),
  createdAt: z.string(),
  latestSnapshot: z.number().int().nullable(),
});
export type GoldenSet = z.infer<typeof GoldenSet>;

/** An immutable snapshot of a golden set; a run always points at exactly one. */
export const GoldenSnapshot = z.object({
  id: SnapshotId,
  setId: GoldenSetId,
  setName: z.string(),
  number: z.number().int().positive(),
  sourceFile: z.string(),
  caseCount: z.number().int().nonnegative(),
  columns: z.array(z.string()),
  createdAt: z.string(),
});
export type GoldenSnapshot = z.infer<typeof GoldenSnapshot>;

export const ImportFormat = z.enum(['csv', 'jsonl', 'yaml']);
export type ImportFormat = z.infer<typeof ImportFormat>;
