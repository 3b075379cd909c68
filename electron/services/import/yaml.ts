import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import {
  caseFromRecord,
  checkNamedColumns,
  fieldsOf,
  importError,
  type ImportColumns,
  type LocatedCase,
} from './cases.ts';

/** A YAML list of cases, or `{ cases: [...] }`; a case's row is its 1-based position. */
export function parseYamlCases(
  text: string,
  file: string,
  columns: ImportColumns = {},
): LocatedCase[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    throw importError(
      file,
      pos.line,
      pos.col,
      error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML',
    );
  }
  if (doc.contents === null) return [];

  const items = listNode(doc.contents, file, lineCounter).items.map((item) => ({
    value: (item as Node).toJSON() as unknown,
    pos: lineCounter.linePos((item as Node).range?.[0] ?? 0),
  }));
  checkNamedColumns(file, fieldsOf(items.map((i) => i.value)), columns, 'field');

  return items.map(({ value, pos }, i) => {
    const at = { file, row: i + 1, line: pos.line, column: pos.col, keyAlias: true, columns };
    return { testCase: caseFromRecord(value, at), line: pos.line };
  });
}

function listNode(contents: Node, file: string, lineCounter: LineCounter) {
  const cases = isMap(contents) ? contents.get('cases', true) : contents;
  if (isSeq(cases)) return cases;
  const pos = lineCounter.linePos(contents.range?.[0] ?? 0);
  throw importError(file, pos.line, pos.col, 'expected a list of cases or a "cases:" list');
}
