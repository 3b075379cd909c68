import { toApiError } from '../api/errors.ts';
import { failed } from './banner.ts';
import type { Set } from './types.ts';

/**
 * Runs one API-backed step; a failure goes to the banner verbatim (messages already name the
 * subsystem, line and column), replacing any notice, and resolves to null so callers can stop.
 */
export async function attempt<T>(set: Set, step: () => Promise<T>): Promise<T | null> {
  try {
    const result = await step();
    return result;
  } catch (error) {
    set(failed(toApiError(error).message));
    return null;
  }
}
