import type { GoldenCase } from '../../../shared/domain/index.ts';
import { caseFromRecord, importError } from './cases.ts';
import { jsonFault } from './position.ts';

/** One JSON object per line; blank lines are skipped, and a case's row is its line number. */
export function parseJsonl(text: string, file: string): GoldenCase[] {
  const cases: GoldenCase[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim()) return;
      const value = parseLine(line, file, i + 1);
      const column = line.length - line.trimStart().length + 1;
      cases.push(caseFromRecord(value, { file, row: i + 1, line: i + 1, column, keyAlias: true }));
    });
  return cases;
}

function parseLine(line: string, file: string, lineNo: number): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    const fault = jsonFault(line) ?? { offset: 0, what: 'invalid JSON' };
    throw importError(file, lineNo, fault.offset + 1, fault.what);
  }
}
