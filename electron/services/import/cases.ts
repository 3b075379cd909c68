import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase } from '../../../shared/domain/index.ts';

/** `import: <file>: line L, column C: <what>` — the one shape of a malformed-input error. */
export function importError(file: string, line: number, column: number, what: string): ApiError {
  return new ApiError('import', `import: ${file}: line ${line}, column ${column}: ${what}`);
}

export interface RowOrigin {
  file: string;
  /** 1-based data row (CSV, YAML) or line number (JSONL); the default case key. */
  row: number;
  /** Where to point when the row itself is wrong. */
  line: number;
  column: number;
  /** JSONL and YAML accept `key` as the case key when `id` is absent; in CSV it is a variable. */
  keyAlias: boolean;
}

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON or YAML record: structured `{ id?, vars, expected? }` or a flat row like CSV. */
export function caseFromRecord(value: unknown, at: RowOrigin): GoldenCase {
  if (!isObject(value)) throw importError(at.file, at.line, at.column, 'expected an object');
  if (!('vars' in value)) return caseFromRow(value, at);
  if (!isObject(value['vars']))
    throw importError(at.file, at.line, at.column, '"vars" must be an object');

  const tags = value['tags'] ?? [];
  if (!Array.isArray(tags)) throw importError(at.file, at.line, at.column, '"tags" must be a list');
  return {
    key: keyOf(value['id'] ?? (at.keyAlias ? value['key'] : undefined), at.row),
    vars: value['vars'],
    expected: expectedOf(value['expected'] ?? value['__expected']),
    tags: tags.map(String),
    note: String(value['note'] ?? value['description'] ?? ''),
    source: { file: at.file, row: at.row },
  };
}

/**
 * A flat row: every column is a variable except `id` (case key), `expected` / promptfoo's
 * `__expected` (expected output) and other `__` columns, which become the note or tags.
 */
export function caseFromRow(row: Row, at: RowOrigin): GoldenCase {
  const out: GoldenCase = {
    key: '',
    vars: {},
    expected: null,
    tags: [],
    note: '',
    source: { file: at.file, row: at.row },
  };
  const keyColumn = 'id' in row ? 'id' : at.keyAlias && 'key' in row ? 'key' : null;
  for (const [column, value] of Object.entries(row)) {
    if (column === keyColumn) continue;
    if (column === 'expected' || column === '__expected') out.expected = expectedOf(value);
    else if (column.startsWith('__')) special(out, column, value);
    else out.vars[column] = value;
  }
  out.key = keyOf(keyColumn === null ? undefined : row[keyColumn], at.row);
  return out;
}

/** promptfoo's `__description`, `__tags`, `__metadata:<name>`; other `__` columns are dropped. */
function special(out: GoldenCase, column: string, value: unknown): void {
  const text = value === null || value === undefined ? '' : String(value).trim();
  if (!text) return;
  if (column === '__description' || column === '__note') out.note = text;
  else if (column === '__tags')
    out.tags.push(
      ...text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter(Boolean),
    );
  else if (column.startsWith('__metadata:'))
    out.tags.push(`${column.slice('__metadata:'.length)}:${text}`);
}

function keyOf(value: unknown, row: number): string {
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text || String(row);
}

/** An empty cell means "no expectation"; a structured expectation is kept as its JSON text. */
function expectedOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Refuses two cases with one key, naming both rows. */
export function checkUniqueKeys(file: string, cases: readonly GoldenCase[]): void {
  const seen = new Map<string, number>();
  for (const c of cases) {
    const row = c.source?.row ?? 0;
    const first = seen.get(c.key);
    if (first !== undefined) {
      throw new ApiError(
        'import',
        `import: ${file}: duplicate case key "${c.key}" in rows ${first} and ${row}`,
      );
    }
    seen.set(c.key, row);
  }
}
