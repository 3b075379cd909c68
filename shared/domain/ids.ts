import { z } from 'zod';

/** Identifiers that cross a process or storage boundary carry a brand so they cannot be mixed. */
export const PromptId = z.string().min(1).brand<'PromptId'>();
export type PromptId = z.infer<typeof PromptId>;

export const VersionId = z.string().min(1).brand<'VersionId'>();
export type VersionId = z.infer<typeof VersionId>;

export const GoldenSetId = z.string().min(1).brand<'GoldenSetId'>();
export type GoldenSetId = z.infer<typeof GoldenSetId>;

export const SnapshotId = z.string().min(1).brand<'SnapshotId'>();
export type SnapshotId = z.infer<typeof SnapshotId>;

export const EndpointId = z.string().min(1).brand<'EndpointId'>();
export type EndpointId = z.infer<typeof EndpointId>;

export const RunId = z.string().min(1).brand<'RunId'>();
export type RunId = z.infer<typeof RunId>;

/** A prompt's stable name: lowercase words joined by `-`, `_`, `.` or `/` (e.g. `support/triage`). */
export const Slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/,
    'use lowercase letters, digits, ".", "_", "-" and "/" between parts',
  )
  .max(120);
export type Slug = z.infer<typeof Slug>;
