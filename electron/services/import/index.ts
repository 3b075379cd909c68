import path from 'node:path';
import { ApiError } from '../../../shared/api/errors.ts';
import type { GoldenCase, GoldenSnapshot, ImportFormat } from '../../../shared/domain/index.ts';
import type { Workspace } from '../store/types.ts';
import { checkUniqueKeys } from './cases.ts';
import { parseCsv } from './csv.ts';
import { parseJsonl } from './jsonl.ts';
import { parseYamlCases } from './yaml.ts';

const BY_EXTENSION: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

const PARSERS: Record<ImportFormat, (text: string, file: string) => GoldenCase[]> = {
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
export function parseGolden(text: string, fileName: string, format?: ImportFormat): GoldenCase[] {
  const cases = PARSERS[format ?? formatOf(fileName)](text, fileName);
  if (cases.length === 0) throw new ApiError('import', `import: ${fileName}: no cases found`);
  checkUniqueKeys(fileName, cases);
  return cases;
}

/** Parses, then stores all cases as the set's next snapshot in one transaction. */
export function importGolden(
  ws: Workspace,
  input: { name: string; text: string; fileName: string; format?: ImportFormat },
): GoldenSnapshot {
  const cases = parseGolden(input.text, input.fileName, input.format);
  return ws.golden.addSnapshot({ name: input.name, sourceFile: input.fileName, cases });
}
