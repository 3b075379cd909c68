import { z } from 'zod';
import { contract, isMethodName } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { describeIssues } from '../../shared/api/issues.ts';
import { logger } from '../services/logger.ts';
import type { HandlerContext } from './context.ts';
import { handlers } from './handlers/index.ts';

const log = logger('backend');

/** Validates a call against the contract, runs its handler and turns failures into ApiErrors. */
export async function dispatch(
  ctx: HandlerContext,
  method: string,
  raw: unknown,
): Promise<unknown> {
  if (!isMethodName(method)) throw new ApiError('invalid-input', `api: unknown method '${method}'`);

  const parsed = contract[method].input.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new ApiError('invalid-input', `${method}: ${describeIssues(parsed.error)}`);
  }

  try {
    const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    return await handler(parsed.data, ctx);
  } catch (error) {
    throw asApiError(method, error);
  }
}

function asApiError(method: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) {
    return new ApiError('invalid-input', `${method}: ${describeIssues(error)}`);
  }

  log.error({ method, error }, 'unexpected failure');
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', `${method}: ${message}`);
}
