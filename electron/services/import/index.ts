import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase, GoldenSnapshot, ImportFormat } from '../../../shared/domain/index.ts';
import type { Workspace } from '../store/types.ts';
import { checkUniqueKeys, type ImportColumns, type LocatedCase } from './cases.ts';
import { parseCsv } from './csv.ts';
import { parseJsonl } from './jsonl.ts';
import { parseYamlCases } from './yaml.ts';

export type { ImportColumns } from './cases.ts';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

type Parser = (text: string, file: string, columns: ImportColumns) => LocatedCase[];

const PARSERS: Record<ImportFormat, Parser> = {
  csv: parseCsv,
  jsonl: parseJsonl,
  yaml: parseYamlCases,
};

/** The format a file name implies; an import error for any other extension. */
export function formatOf(fileName: string): ImportFormat {
  const format = BY_EXTENSION[path.extname(fileName).toLowerCase()];
  if (!format) {
    throw new ApiError(
      'import',
      `import: ${fileName}: unknown format; use .csv, .jsonl, .ndjson, .yaml or .yml`,
    );
  }
  return format;
}

/**
 * Parses a golden set file into cases, entirely in memory: a malformed file throws
 * `ApiError('import', ...)` naming line and column before anything is stored.
 */
export function parseGolden(
  text: string,
  fileName: string,
  format?: ImportFormat,
  options: ImportColumns = {},
): GoldenCase[] {
  checkText(text, fileName);
  const located = PARSERS[format ?? formatOf(fileName)](text, fileName, options);
  if (located.length === 0) throw new ApiError('import', `import: ${fileName}: no cases found`);
  checkUniqueKeys(fileName, located);
  return located.map((c) => c.testCase);
}

/** How much of a file's start is read to tell text from binary, and how much junk text allows. */
const SNIFF_CHARS = 8192;
const MAX_JUNK = 0.1;

/**
 * Refuses a binary file (a spreadsheet, an archive) before a parser reports nonsense about it:
 * any NUL, or too many control or undecodable characters in the first few kilobytes.
 */
function checkText(text: string, fileName: string): void {
  const sample = text.slice(0, SNIFF_CHARS);
  const junk = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  if (text.includes('\0') || junk > sample.length * MAX_JUNK) {
    throw new ApiError('import', `import: ${fileName}: not a text file`);
  }
}

/** Parses, then stores all cases as the set's next snapshot in one transaction. */
export function importGolden(
  ws: Workspace,
  input: {
    name: string;
    text: string;
    fileName: string;
    format?: ImportFormat | undefined;
  } & ImportColumns,
): GoldenSnapshot {
  const { expectedColumn, idColumn } = input;
  const cases = parseGolden(input.text, input.fileName, input.format, { expectedColumn, idColumn });
  return ws.golden.addSnapshot({ name: input.name, sourceFile: input.fileName, cases });
}
