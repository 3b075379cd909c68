import type { Cell, Endpoint, Run, RunReport, Variant } from '../../shared/domain/index.ts';
import { EndpointId, Slug } from '../../shared/domain/index.ts';

export const cellKey = (caseKey: string, variantIndex: number) => `${variantIndex}\u0000${caseKey}`;

export const versionPickKey = (slug: string, version: number) => `${slug}@${version}`;
export const modelPickKey = (endpointId: string, model: string) => `${endpointId}::${model}`;

function parseVersion(key: string): { slug: string; version: number } {
  const at = key.lastIndexOf('@');
  return { slug: key.slice(0, at), version: Number(key.slice(at + 1)) };
}

function parseModel(key: string): { endpointId: string; model: string } {
  const sep = key.indexOf('::');
  return { endpointId: key.slice(0, sep), model: key.slice(sep + 2) };
}

/** Versions × models, version-major, in pick order: the first column is the baseline. */
export function variantsOf(versionPicks: string[], modelPicks: string[]): Variant[] {
  return versionPicks.flatMap((v) => {
    const { slug, version } = parseVersion(v);
    return modelPicks.map((m) => {
      const { endpointId, model } = parseModel(m);
      return { slug: Slug.parse(slug), version, endpointId: EndpointId.parse(endpointId), model };
    });
  });
}

/** A column header: `slug@v · model (endpoint)`. */
export function variantLabel(variant: Variant, endpoints: Endpoint[]): string {
  const endpoint = endpoints.find((e) => e.id === variant.endpointId);
  const where = endpoint ? ` (${endpoint.name})` : '';
  return `${variant.slug}@${variant.version} · ${variant.model}${where}`;
}

/** Case keys in golden order, then any key only the cells know (a snapshot not loaded yet). */
export function rowKeys(caseKeys: string[], cellCaseKeys: string[]): string[] {
  const known = new Set(caseKeys);
  const extra = [...new Set(cellCaseKeys)].filter((k) => !known.has(k));
  return [...caseKeys, ...extra];
}

/** Case keys with a regression in any column. */
export function regressedCases(report: RunReport | null): Set<string> {
  return new Set(report?.regressions.map((r) => r.caseKey) ?? []);
}

export function runLabel(run: Run): string {
  const versions = [...new Set(run.variants.map((v) => `${v.slug}@${v.version}`))].join(', ');
  return `${run.goldenName} #${run.snapshotNumber} · ${versions} · ${run.status}`;
}

/** The models a run compared, in column order, each once. */
export function runModels(run: Run): string {
  return [...new Set(run.variants.map((v) => v.model))].join(', ');
}

export type CellsByRun = Record<string, Record<string, Cell>>;

/** Adds cells to their runs' maps, copying each touched map once however many cells it gets. */
export function mergeCells(byRun: CellsByRun, cells: Cell[]): CellsByRun {
  const next = { ...byRun };
  const copies = new Map<string, Record<string, Cell>>();
  for (const cell of cells) {
    let map = copies.get(cell.runId);
    if (map === undefined) {
      map = { ...byRun[cell.runId] };
      copies.set(cell.runId, map);
      next[cell.runId] = map;
    }
    map[cellKey(cell.caseKey, cell.variantIndex)] = cell;
  }
  return next;
}

/** Cells a retry runs again: those that failed and those an interrupted run never reached. */
export function cellsToRetry(report: RunReport | null): number {
  if (report === null) return 0;

  const expected = report.run.caseCount * report.run.variants.length;
  const ok = report.cells.filter((c) => c.status === 'ok').length;
  return Math.max(0, expected - ok);
}
