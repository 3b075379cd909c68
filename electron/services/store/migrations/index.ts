import * as m001 from './001-initial.ts';
import * as m002 from './002-run-min-similarity.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration in order; forward only. Append new files here, never edit applied ones. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: m001.name, sql: m001.sql },
  { version: 2, name: m002.name, sql: m002.sql },
];
