import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase } from '../../../shared/domain/index.ts';

/** `import: <file>: line L, column C: <what>` — the one shape of a malformed-input error. */
export function importError(file: string, line: number, column: number, what: string): ApiError {
  return new ApiError('import', `import: ${file}: line ${line}, column ${column}: ${what}`);
}

/**
 * Which column (CSV) or field (JSONL, YAML) holds the expected output and which the case key.
 * Unnamed, `expected` / `__expected` and `id` (or `key` outside CSV) are used.
 */
export interface ImportColumns {
  expectedColumn?: string | undefined;
  idColumn?: string | undefined;
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
  columns: ImportColumns;
}

/** A case and the file line it starts on, for messages about the case as a whole. */
export interface LocatedCase {
  testCase: GoldenCase;
  line: number;
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
  const { expectedColumn, idColumn } = at.columns;
  const alias = at.keyAlias && idColumn === undefined ? value['key'] : undefined;
  return {
    key: keyOf(value[idColumn ?? 'id'] ?? alias, at.row),
    vars: value['vars'],
    expected: expectedOf(
      expectedColumn === undefined
        ? (value['expected'] ?? value['__expected'])
        : value[expectedColumn],
    ),
    tags: tags.map(String),
    note: String(value['note'] ?? value['description'] ?? ''),
    source: { file: at.file, row: at.row },
  };
}

/**
 * A flat row: every column is a variable except the case key column, the expected-output column
 * (by default `expected` or promptfoo's `__expected`) and other `__` columns, which become the
 * note or tags.
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
  const keyColumn = keyColumnOf(row, at);
  for (const [column, value] of Object.entries(row)) {
    if (column === keyColumn) continue;
    if (isExpected(column, at.columns) && isPromptfooAssertion(column, value)) {
      out.note = joinNote(out.note, `promptfoo assertion (not imported): ${String(value)}`);
    } else if (isExpected(column, at.columns)) out.expected = expectedOf(value);
    else if (column.startsWith('__')) special(out, column, value);
    else out.vars[column] = value;
  }
  out.key = keyOf(keyColumn === null ? undefined : row[keyColumn], at.row);
  return out;
}

function keyColumnOf(row: Row, at: RowOrigin): string | null {
  const named = at.columns.idColumn;
  if (named !== undefined) return named in row ? named : null;
  return 'id' in row ? 'id' : at.keyAlias && 'key' in row ? 'key' : null;
}

function isExpected(column: string, columns: ImportColumns): boolean {
  const named = columns.expectedColumn;
  return named === undefined ? column === 'expected' || column === '__expected' : column === named;
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
// promptfoo's `__expected` holds an assertion (`icontains:faim`, `is-json`, `fn:…`), not an
// output, unless it is plain text (its `equals`). Assertions are not checks here yet: they go
// to the note, so that agreement is never scored against assertion text.
const ASSERTION = new RegExp(
  '^(not-)?(equals|contains|icontains|contains-any|contains-all|icontains-any|icontains-all|' +
    'starts-with|regex|is-json|is-sql|is-xml|is-valid-openai-tools-call|javascript|python|' +
    'fn|eval|grader|llm-rubric|model-graded-closedqa|factuality|similar|levenshtein|rouge-n|' +
    'bleu|perplexity|cost|latency|webhook|file)(:|$)',
);

function isPromptfooAssertion(column: string, value: unknown): boolean {
  return column.startsWith('__expected') && typeof value === 'string' && ASSERTION.test(value);
}

function joinNote(note: string, line: string): string {
  return note ? `${note}\n${line}` : line;
}

function expectedOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Refuses a named column the file does not have. `available` is the CSV header, or every
 * top-level field any JSONL / YAML record has.
 */
export function checkNamedColumns(
  file: string,
  available: readonly string[],
  columns: ImportColumns,
  noun: 'column' | 'field',
): void {
  for (const named of [columns.expectedColumn, columns.idColumn]) {
    if (named === undefined || available.includes(named)) continue;
    const listed = available.slice(0, 20).join(', ') + (available.length > 20 ? ', …' : '');
    throw new ApiError('import', `import: ${file}: no ${noun} '${named}' (${noun}s: ${listed})`);
  }
}

/** The top-level field names of JSON or YAML records, in order of first appearance. */
export function fieldsOf(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (isObject(value)) for (const k of Object.keys(value)) seen.add(k);
  return [...seen];
}

/** Refuses two cases with one key, naming the file lines both start on. */
export function checkUniqueKeys(file: string, cases: readonly LocatedCase[]): void {
  const seen = new Map<string, number>();
  for (const { testCase, line } of cases) {
    const first = seen.get(testCase.key);
    if (first !== undefined) {
      throw new ApiError(
        'import',
        `import: ${file}: duplicate case key "${testCase.key}" on line ${first} and line ${line}`,
      );
    }
    seen.set(testCase.key, line);
  }
}
