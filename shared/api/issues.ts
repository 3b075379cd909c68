import type { z } from 'zod';

/**
 * Schema failures as one readable line: `slug: use lowercase letters…; concurrency: too small…`.
 * Field paths use dots (`messages.1.role`); a failure of the whole value has no path.
 */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
      return path ? `${path}: ${message}` : message;
    })
    .join('; ');
}
