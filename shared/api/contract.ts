import { z } from 'zod';
import {
  Approval,
  AuditRecord,
  AuditVerdict,
  Endpoint,
  EndpointInput,
  EndpointPreset,
  GoldenCase,
  GoldenSet,
  GoldenSnapshot,
  ImportFormat,
  LabelMove,
  Prompt,
  PromptContent,
  PromptVersion,
  Run,
  RunId,
  RunReport,
  Slug,
  Variant,
} from '../domain/index.ts';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

const VersionRef = z.object({ slug: Slug, number: z.number().int().positive() });

/**
 * The one API between the renderer (or any client) and the backend. Every transport registers
 * exactly these methods and validates input against them; the client is generated from them.
 */
export const contract = {
  'workspace.info': method(
    z.object({}),
    z.object({ path: z.string(), schemaVersion: z.number().int(), user: z.string() }),
  ),

  'prompts.list': method(z.object({}), z.array(Prompt)),
  'prompts.create': method(
    z.object({
      slug: Slug,
      description: z.string().default(''),
      tags: z.array(z.string()).default([]),
    }),
    Prompt,
  ),
  'versions.list': method(z.object({ slug: Slug }), z.array(PromptVersion)),
  'versions.save': method(
    z.object({
      slug: Slug,
      content: PromptContent,
      message: z.string().min(1, 'a commit message'),
    }),
    PromptVersion,
  ),
  'versions.restore': method(VersionRef.extend({ message: z.string().optional() }), PromptVersion),
  'labels.move': method(
    VersionRef.extend({
      label: z
        .string()
        .regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, 'use lowercase letters, digits, ".", "_" and "-"'),
    }),
    LabelMove,
  ),
  'approvals.approve': method(VersionRef.extend({ note: z.string().default('') }), Approval),
  'approvals.list': method(z.object({ slug: Slug }), z.array(Approval)),

  'golden.list': method(z.object({}), z.array(GoldenSet)),
  'golden.import': method(
    z.object({
      name: z.string().min(1),
      fileName: z.string().min(1),
      format: ImportFormat.optional(),
      text: z.string(),
      /** The column (CSV) or field (JSONL, YAML) holding the expected output; `expected` by default. */
      expectedColumn: z.string().min(1).optional(),
      /** The column or field holding the case key; `id` by default. */
      idColumn: z.string().min(1).optional(),
    }),
    GoldenSnapshot,
  ),
  'golden.snapshot': method(
    z.object({ name: z.string().min(1), number: z.number().int().positive().optional() }),
    z.object({ snapshot: GoldenSnapshot, cases: z.array(GoldenCase) }),
  ),

  'endpoints.list': method(z.object({}), z.array(Endpoint)),
  'endpoints.save': method(EndpointInput, Endpoint),
  'endpoints.presets': method(z.object({}), z.array(EndpointPreset)),
  'endpoints.detect': method(
    z.object({}),
    z.array(z.object({ baseUrl: z.string(), name: z.string(), models: z.array(z.string()) })),
  ),
  'endpoints.models': method(z.object({ id: z.string() }), z.array(z.string())),

  'replay.start': method(
    z.object({
      golden: z.string().min(1),
      snapshot: z.number().int().positive().optional(),
      variants: z.array(Variant).min(1),
      baselineIndex: z.number().int().nonnegative().default(0),
      minSimilarity: z.number().min(0).max(1).optional(),
    }),
    z.object({ runId: RunId }),
  ),
  'replay.retryFailed': method(z.object({ runId: RunId }), z.object({ runId: RunId })),
  /** Stops a run under way; it ends as interrupted and "retry failed" can finish it. */
  'replay.cancel': method(z.object({ runId: RunId }), z.object({ cancelled: z.boolean() })),
  'runs.list': method(z.object({}), z.array(Run)),
  'runs.report': method(z.object({ runId: RunId }), RunReport),

  'export.settings': method(z.object({}), z.object({ repoPath: z.string().nullable() })),
  'export.configure': method(
    z.object({ repoPath: z.string().min(1) }),
    z.object({ repoPath: z.string() }),
  ),
  'export.version': method(
    VersionRef,
    z.object({ repoPath: z.string(), file: z.string(), commit: z.string(), pushed: z.boolean() }),
  ),

  'audit.list': method(
    z.object({
      slug: Slug.optional(),
      version: z.number().int().positive().optional(),
      limit: z.number().int().positive().max(1000).default(200),
    }),
    z.array(AuditRecord),
  ),
  'audit.verify': method(z.object({}), AuditVerdict),
  /** Every record of a prompt (version), oldest first, with the chain's verdict: for reviewers. */
  'audit.evidence': method(
    z.object({ slug: Slug.optional(), version: z.number().int().positive().optional() }),
    z.object({
      exportedAt: z.string(),
      exportedBy: z.string(),
      workspace: z.string(),
      filter: z.object({ slug: z.string().nullable(), version: z.number().int().nullable() }),
      chain: AuditVerdict,
      records: z.array(AuditRecord),
    }),
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
