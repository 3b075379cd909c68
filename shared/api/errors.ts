import { z } from 'zod';

/** The kinds of failure a caller can expect and show; anything else is a bug. */
export const ApiErrorKind = z.enum([
  'invalid-input',
  'not-found',
  'conflict',
  'import',
  'template',
  'provider',
  'export',
  'database',
  'internal',
]);
export type ApiErrorKind = z.infer<typeof ApiErrorKind>;

export const ApiErrorBody = z.object({ kind: ApiErrorKind, message: z.string() });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** An expected failure, carried across the transports as `{ kind, message }`. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;

  constructor(kind: ApiErrorKind, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
  }

  toBody(): ApiErrorBody {
    return { kind: this.kind, message: this.message };
  }
}
