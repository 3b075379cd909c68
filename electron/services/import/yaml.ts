import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { GoldenCase } from '../../../shared/domain/index.ts';
import { caseFromRecord, importError } from './cases.ts';

/** A YAML list of cases, or `{ cases: [...] }`; a case's row is its 1-based position. */
export function parseYamlCases(text: string, file: string): GoldenCase[] {
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

  const list = listNode(doc.contents, file, lineCounter);
  return list.items.map((item, i) => {
    const pos = lineCounter.linePos((item as Node).range?.[0] ?? 0);
    const value: unknown = isMap(item) || isSeq(item) ? item.toJSON() : (item as Node).toJSON();
    return caseFromRecord(value, {
      file,
      row: i + 1,
      line: pos.line,
      column: pos.col,
      keyAlias: true,
    });
  });
}

function listNode(contents: Node, file: string, lineCounter: LineCounter) {
  const cases = isMap(contents) ? contents.get('cases', true) : contents;
  if (isSeq(cases)) return cases;
  const pos = lineCounter.linePos(contents.range?.[0] ?? 0);
  throw importError(file, pos.line, pos.col, 'expected a list of cases or a "cases:" list');
}
