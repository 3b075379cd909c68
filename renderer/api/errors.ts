import { ApiError, ApiErrorBody } from '../../shared/api/errors.ts';

/** Turns whatever a transport rejected with into an ApiError, keeping kind and message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;

  const body = ApiErrorBody.safeParse(error);
  if (body.success) return new ApiError(body.data.kind, body.data.message);

  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message);
}
