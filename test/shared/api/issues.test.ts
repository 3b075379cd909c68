import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../shared/api/issues.ts';
import { Slug } from '../../../shared/domain/index.ts';

describe('describeIssues', () => {
  it('names each failing field by its path, once, on one line', () => {
    const schema = z.object({
      slug: Slug,
      concurrency: z.number().min(1),
      messages: z.array(z.object({ role: z.enum(['system', 'user']) })),
    });
    const result = schema.safeParse({
      slug: 'Bad Slug',
      concurrency: 0,
      messages: [{ role: 'x' }],
    });

    expect(result.success).toBe(false);
    expect(describeIssues(result.error as z.ZodError)).toBe(
      'slug: use lowercase letters, digits, ".", "_", "-" and "/" between parts; ' +
        'concurrency: too small: expected number to be >=1; ' +
        'messages.0.role: invalid option: expected one of "system"|"user"',
    );
  });
});
