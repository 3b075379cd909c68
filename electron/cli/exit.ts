import { ApiError, type ApiErrorKind } from '../../shared/api/errors.ts';

/** Exit codes: 0 all good, 1 a check failed or a regression was found, 2 bad usage or setup. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called; printed with the usage hint, exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const usageKinds: ReadonlySet<ApiErrorKind> = new Set([
  'invalid-input',
  'not-found',
  'template',
  'import',
  'database',
]);

/** The exit code for a failure: usage and configuration mistakes are 2, the rest 1. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT_USAGE;
  if (error instanceof ApiError && usageKinds.has(error.kind)) return EXIT_USAGE;
  return EXIT_FAILED;
}
