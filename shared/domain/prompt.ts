import { z } from 'zod';
import { PromptId, Slug, VersionId } from './ids.ts';
import { CheckSpec } from './checks.ts';

export const Role = z.enum(['system', 'user', 'assistant']);
export type Role = z.infer<typeof Role>;

/** One chat message; its content is a Jinja-style template. */
export const Message = z.object({ role: Role, content: z.string() });
export type Message = z.infer<typeof Message>;

export const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }),
  z.object({ type: z.literal('json_object') }),
  z.object({
    type: z.literal('json_schema'),
    name: z.string().min(1),
    schema: z.record(z.string(), z.unknown()),
  }),
]);
export type ResponseFormat = z.infer<typeof ResponseFormat>;

/** Model defaults saved with a version; a replay variant may override any of them. */
export const ModelParams = z.object({
  name: z.string().min(1).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().min(0).max(1).optional(),
  max_tokens: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  stop: z.array(z.string()).max(4).optional(),
  response_format: ResponseFormat.optional(),
});
export type ModelParams = z.infer<typeof ModelParams>;

/** What a version holds. Hashed canonically; never changes once saved. */
export const PromptContent = z.object({
  messages: z.array(Message).min(1, 'prompt: at least one message'),
  model: ModelParams.default({}),
  checks: z.array(CheckSpec).default([]),
});
export type PromptContent = z.infer<typeof PromptContent>;

export const Prompt = z.object({
  id: PromptId,
  slug: Slug,
  description: z.string(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  latestVersion: z.number().int().nullable(),
  labels: z.record(z.string(), z.number().int()),
});
export type Prompt = z.infer<typeof Prompt>;

export const PromptVersion = z.object({
  id: VersionId,
  promptId: PromptId,
  slug: Slug,
  number: z.number().int().positive(),
  content: PromptContent,
  contentHash: z.string(),
  parentNumber: z.number().int().nullable(),
  message: z.string(),
  author: z.string(),
  createdAt: z.string(),
});
export type PromptVersion = z.infer<typeof PromptVersion>;

export const Approval = z.object({
  slug: Slug,
  number: z.number().int().positive(),
  contentHash: z.string(),
  approver: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type Approval = z.infer<typeof Approval>;

export const LabelMove = z.object({
  slug: Slug,
  label: z.string(),
  number: z.number().int().positive(),
  previousNumber: z.number().int().nullable(),
  movedBy: z.string(),
  createdAt: z.string(),
});
export type LabelMove = z.infer<typeof LabelMove>;
