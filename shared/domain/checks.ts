import { z } from 'zod';

const named = { name: z.string().min(1).optional() };

/** A structural assertion attached to a prompt version (later: to a golden set or a case). */
export const CheckSpec = z.discriminatedUnion('type', [
  z.object({ ...named, type: z.literal('is-json') }),
  z.object({
    ...named,
    type: z.literal('contains'),
    value: z.string().min(1),
    ignoreCase: z.boolean().optional(),
  }),
  z.object({
    ...named,
    type: z.literal('not-contains'),
    value: z.string().min(1),
    ignoreCase: z.boolean().optional(),
  }),
  z
    .object({
      ...named,
      type: z.literal('regex'),
      pattern: z.string().min(1),
      flags: z
        .string()
        .regex(/^[imsu]*$/)
        .optional(),
    })
    .superRefine(({ pattern, flags }, ctx) => {
      const problem = regexProblem(pattern, '') ?? regexProblem(pattern, flags ?? '');
      if (problem) ctx.addIssue({ code: 'custom', ...problem });
    }),
  z.object({ ...named, type: z.literal('starts-with'), value: z.string().min(1) }),
  z.object({
    ...named,
    type: z.literal('equals-expected'),
    mode: z.enum(['exact', 'normalised']).optional(),
  }),
]);
export type CheckSpec = z.infer<typeof CheckSpec>;

/** Why a regex check's pattern (or its flags) will not compile, or null when it does. */
function regexProblem(pattern: string, flags: string): { path: string[]; message: string } | null {
  try {
    new RegExp(pattern, flags);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (flags) return { path: ['flags'], message: `regex flags "${flags}" are invalid: ${reason}` };
    const short = reason.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return { path: ['pattern'], message: `regex "${pattern}" does not compile: ${short}` };
  }
}
export type CheckType = CheckSpec['type'];

export const CheckResult = z.object({
  name: z.string(),
  type: z.string(),
  pass: z.boolean(),
  detail: z.string(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Golden agreement of one output with its case's expected output. */
export const Agreement = z.object({
  exact: z.boolean(),
  normalised: z.boolean(),
});
export type Agreement = z.infer<typeof Agreement>;
