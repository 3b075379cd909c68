import {
  caseFromRecord,
  checkNamedColumns,
  fieldsOf,
  importError,
  type ImportColumns,
  type LocatedCase,
} from './cases.ts';
import { jsonFault } from './position.ts';

interface JsonLine {
  value: unknown;
  line: number;
  column: number;
}

/** One JSON object per line; blank lines are skipped, and a case's row is its line number. */
export function parseJsonl(text: string, file: string, columns: ImportColumns = {}): LocatedCase[] {
  const lines: JsonLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim()) return;
      const column = line.length - line.trimStart().length + 1;
      lines.push({ value: parseLine(line, file, i + 1), line: i + 1, column });
    });
  checkNamedColumns(file, fieldsOf(lines.map((l) => l.value)), columns, 'field');

  return lines.map(({ value, line, column }) => {
    const at = { file, row: line, line, column, keyAlias: true, columns };
    return { testCase: caseFromRecord(value, at), line };
  });
}

function parseLine(line: string, file: string, lineNo: number): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    const fault = jsonFault(line) ?? { offset: 0, what: 'invalid JSON' };
    throw importError(file, lineNo, fault.offset + 1, fault.what);
  }
}
