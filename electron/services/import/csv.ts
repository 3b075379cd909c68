import { CsvError, parse } from 'csv-parse/sync';
import type { GoldenCase } from '../../../shared/domain/index.ts';
import { caseFromRow, importError } from './cases.ts';
import { lineCol } from './position.ts';

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** CSV with a header row; cells stay strings, so quoted JSON survives byte for byte. */
export function parseCsv(text: string, file: string): GoldenCase[] {
  const rows = parseRows(text, file);
  const header = rows[0]?.record;
  if (!header) return [];
  checkHeader(header, file);

  return rows.slice(1).map((row, i) => {
    const fields = Object.fromEntries(header.map((name, col) => [name, row.record[col] ?? '']));
    return caseFromRow(fields, {
      file,
      row: i + 1,
      line: row.info.lines,
      column: 1,
      keyAlias: false,
    });
  });
}

function parseRows(text: string, file: string): Parsed[] {
  try {
    return parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as Parsed[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const { line, column } = locate(text, err);
    throw importError(file, line, column, describe(err));
  }
}

function checkHeader(header: string[], file: string): void {
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (!name.trim()) throw importError(file, 1, 1, `column ${i + 1} has no name`);
    if (seen.has(name)) throw importError(file, 1, 1, `column "${name}" appears twice`);
    seen.add(name);
  });
}

/** csv-parse's messages say "at line N" themselves; keep only what went wrong. */
function describe(err: CsvError): string {
  const text = err.message.replace(/\s*(at|on) line \d+/, '').replace(/^[^:]*:\s*/, '');
  const labels: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'unterminated quote',
    CSV_INVALID_CLOSING_QUOTE: `invalid closing quote: ${text}`,
    CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: `wrong number of fields: ${text}`,
  };
  return labels[err.code] ?? text;
}

/**
 * csv-parse counts the records it finished and the field it was in; walk the text to that record
 * and field so the column points at, e.g., the quote that never closes. (Its byte offsets are
 * not reliable with `info` on, so they are not used.)
 */
function locate(text: string, err: CsvError): { line: number; column: number } {
  const ctx = err as unknown as { records?: number; index?: number };
  const body = text.replace(/^\uFEFF/, '');
  return lineCol(body, fieldStart(body, recordStart(body, ctx.records ?? 0), ctx.index ?? 0));
}

/** Offset of the n-th (0-based) non-empty record, quote-aware. */
function recordStart(text: string, n: number): number {
  let quoted = false;
  let record = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted || ch !== '\n') continue;
    if (text.slice(start, i).trim() !== '') record += 1;
    start = i + 1;
    if (record === n && text.slice(start).trim() !== '' && !isBlankLine(text, start)) return start;
  }
  return start;
}

function isBlankLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  return text.slice(at, end === -1 ? undefined : end).trim() === '';
}

function fieldStart(text: string, from: number, index: number): number {
  let quoted = false;
  let field = 0;
  for (let i = from; i < text.length; i++) {
    if (field === index) return i;
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') field += 1;
    else if (!quoted && (ch === '\n' || ch === '\r')) return i;
  }
  return from;
}
