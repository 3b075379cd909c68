import { CsvError, parse } from 'csv-parse/sync';
import {
  caseFromRow,
  checkNamedColumns,
  importError,
  type ImportColumns,
  type LocatedCase,
} from './cases.ts';
import { lineCol } from './position.ts';

interface Parsed {
  record: string[];
  info: { lines: number };
}

/**
 * CSV with a header row; cells stay strings, so quoted JSON survives byte for byte. A header with
 * no comma but semicolons or tabs (as spreadsheets export in some locales) sets the delimiter.
 */
export function parseCsv(text: string, file: string, columns: ImportColumns = {}): LocatedCase[] {
  const delimiter = delimiterOf(text);
  const rows = parseRows(text, file, delimiter);
  const header = rows[0]?.record;
  if (!header) return [];
  checkHeader(header, file);
  checkNamedColumns(file, header, columns, 'column');

  const lines = recordLines(text);
  return rows.slice(1).map((row, i) => {
    const fields = Object.fromEntries(header.map((name, col) => [name, row.record[col] ?? '']));
    const line = lines[i + 1] ?? row.info.lines;
    const at = { file, row: i + 1, line, column: 1, keyAlias: false, columns };
    return { testCase: caseFromRow(fields, at), line };
  });
}

/**
 * The line each non-empty record starts on, quote-aware. csv-parse's own count is the line a
 * record ends on, and it counts a CRLF inside a quoted cell as two lines.
 */
function recordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '\n') {
      line += 1;
      if (!quoted) atStart = true;
      continue;
    }
    if (ch === '\r' && !quoted) continue;
    if (atStart) starts.push(line);
    atStart = false;
    if (ch === '"') quoted = !quoted;
  }
  return starts;
}

/** The header line's delimiter: a comma if it has one (outside quotes), else `;` or a tab. */
export function delimiterOf(text: string): string {
  const header =
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .find((line) => line.trim() !== '') ?? '';
  const bare = header.replace(/"[^"]*"/g, '');
  if (bare.includes(',')) return ',';
  const semicolons = bare.split(';').length - 1;
  const tabs = bare.split('\t').length - 1;
  if (semicolons === 0 && tabs === 0) return ',';
  return tabs > semicolons ? '\t' : ';';
}

function parseRows(text: string, file: string, delimiter: string): Parsed[] {
  try {
    const options = { bom: true, info: true, skip_empty_lines: true, delimiter };
    return parse(text, options) as unknown as Parsed[];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const { line, column } = locate(text, err, delimiter);
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
function locate(text: string, err: CsvError, delimiter: string): { line: number; column: number } {
  const ctx = err as unknown as { records?: number; index?: number };
  const body = text.replace(/^\uFEFF/, '');
  const start = recordStart(body, ctx.records ?? 0);
  return lineCol(body, fieldStart(body, start, ctx.index ?? 0, delimiter));
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

function fieldStart(text: string, from: number, index: number, delimiter: string): number {
  let quoted = false;
  let field = 0;
  for (let i = from; i < text.length; i++) {
    if (field === index) return i;
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) field += 1;
    else if (!quoted && (ch === '\n' || ch === '\r')) return i;
  }
  return from;
}
