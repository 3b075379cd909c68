import { ApiError } from '../../../shared/api/errors.ts';
import type {
  CaseSource,
  GoldenCase,
  GoldenSet,
  GoldenSetId,
  GoldenSnapshot,
  SnapshotId,
} from '../../../shared/domain/index.ts';
import type { Db } from './db.ts';
import type { GoldenRepo } from './types.ts';
import { fromJson, isUniqueViolation, newId, notFound, now } from './util.ts';

interface SnapshotRow {
  id: string;
  set_id: string;
  set_name: string;
  number: number;
  source_file: string;
  case_count: number;
  columns: string;
  created_at: string;
}

interface CaseRow {
  key: string;
  vars: string;
  expected: string | null;
  tags: string;
  note: string;
  source: string | null;
}

const SNAPSHOT_SELECT = `SELECT s.*, g.name AS set_name
  FROM golden_snapshots s JOIN golden_sets g ON g.id = s.set_id`;

const toSnapshot = (r: SnapshotRow): GoldenSnapshot => ({
  id: r.id as SnapshotId,
  setId: r.set_id as GoldenSetId,
  setName: r.set_name,
  number: r.number,
  sourceFile: r.source_file,
  caseCount: r.case_count,
  columns: fromJson<string[]>(r.columns),
  createdAt: r.created_at,
});

const toCase = (r: CaseRow): GoldenCase => ({
  key: r.key,
  vars: fromJson<Record<string, unknown>>(r.vars),
  expected: r.expected,
  tags: fromJson<string[]>(r.tags),
  note: r.note,
  source: r.source === null ? null : fromJson<CaseSource>(r.source),
});

/** Variable names in order of first appearance, for column headers and completion. */
function columnsOf(cases: readonly GoldenCase[]): string[] {
  const seen = new Set<string>();
  for (const c of cases) for (const name of Object.keys(c.vars)) seen.add(name);
  return [...seen];
}

export function goldenRepo(db: Db): GoldenRepo {
  const ensureSet = (name: string): string => {
    const row = db.get<{ id: string }>('golden.set', 'SELECT id FROM golden_sets WHERE name = ?', [
      name,
    ]);
    if (row) return row.id;
    const id = newId();
    db.run('golden.setInsert', 'INSERT INTO golden_sets VALUES (?, ?, ?)', [id, name, now()]);
    return id;
  };

  const insertCases = (snapshotId: string, cases: readonly GoldenCase[]): void => {
    const sql = 'INSERT INTO golden_cases VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
    cases.forEach((c, i) => {
      const source = c.source ? JSON.stringify(c.source) : null;
      db.run('golden.caseInsert', sql, [
        snapshotId,
        i + 1,
        c.key,
        JSON.stringify(c.vars),
        c.expected,
        JSON.stringify(c.tags),
        c.note,
        source,
      ]);
    });
  };

  const addSnapshot: GoldenRepo['addSnapshot'] = ({ name, sourceFile, cases }) => {
    if (!name.trim()) throw new ApiError('invalid-input', 'store: a golden set needs a name');
    return db.tx(() => {
      const setId = ensureSet(name.trim());
      const last = db.get<{ n: number | null }>(
        'golden.lastNumber',
        'SELECT max(number) AS n FROM golden_snapshots WHERE set_id = ?',
        [setId],
      );
      const id = newId();
      db.run('golden.snapshotInsert', 'INSERT INTO golden_snapshots VALUES (?, ?, ?, ?, ?, ?, ?)', [
        id,
        setId,
        (last?.n ?? 0) + 1,
        sourceFile,
        cases.length,
        JSON.stringify(columnsOf(cases)),
        now(),
      ]);
      try {
        insertCases(id, cases);
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ApiError('conflict', `store: ${sourceFile}: duplicate case keys`);
        throw err;
      }
      return byId(id).snapshot;
    });
  };

  const withCases = (row: SnapshotRow | undefined, what: string) => {
    if (!row) throw notFound(what);
    const sql = 'SELECT * FROM golden_cases WHERE snapshot_id = ? ORDER BY position';
    return {
      snapshot: toSnapshot(row),
      cases: db.all<CaseRow>('golden.cases', sql, [row.id]).map(toCase),
    };
  };

  const byId = (id: string) =>
    withCases(
      db.get<SnapshotRow>('golden.byId', `${SNAPSHOT_SELECT} WHERE s.id = ?`, [id]),
      `snapshot ${id}`,
    );

  const snapshot: GoldenRepo['snapshot'] = (name, number) => {
    const sql = `${SNAPSHOT_SELECT} WHERE g.name = ? AND (? IS NULL OR s.number = ?)
      ORDER BY s.number DESC LIMIT 1`;
    const row = db.get<SnapshotRow>('golden.snapshot', sql, [name, number ?? null, number ?? null]);
    return withCases(
      row,
      number === undefined ? `golden set ${name}` : `golden set ${name} #${number}`,
    );
  };

  const list = (): GoldenSet[] =>
    db
      .all<{ id: string; name: string; created_at: string; latest: number | null }>(
        'golden.list',
        `SELECT g.id, g.name, g.created_at,
           (SELECT max(number) FROM golden_snapshots s WHERE s.set_id = g.id) AS latest
         FROM golden_sets g ORDER BY g.name`,
      )
      .map((r) => ({
        id: r.id as GoldenSetId,
        name: r.name,
        createdAt: r.created_at,
        latestSnapshot: r.latest,
      }));

  return { list, addSnapshot, snapshot, snapshotById: byId };
}
