import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors.ts';

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();

export function notFound(what: string): ApiError {
  return new ApiError('not-found', `store: ${what} not found`);
}

/** Reads a JSON column written by this module; a parse failure means a damaged row (a bug). */
export function fromJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
