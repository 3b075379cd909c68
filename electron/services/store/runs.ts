import { ApiError } from '../../../shared/api/errors.ts';
import type { Cell, Run, RunId, SnapshotId, Variant } from '../../../shared/domain/index.ts';
import type { Db } from './db.ts';
import type { GoldenRepo, RunRepo } from './types.ts';
import { fromJson, newId, notFound, now } from './util.ts';

interface RunRow {
  id: string;
  snapshot_id: string;
  set_name: string;
  snapshot_number: number;
  case_count: number;
  variants: string;
  baseline_index: number;
  min_similarity: number | null;
  status: Run['status'];
  started_at: string;
  finished_at: string | null;
}

const RUN_SELECT = `SELECT r.*, g.name AS set_name, s.number AS snapshot_number, s.case_count
  FROM runs r JOIN golden_snapshots s ON s.id = r.snapshot_id JOIN golden_sets g ON g.id = s.set_id`;

const toRun = (r: RunRow): Run => ({
  id: r.id as RunId,
  snapshotId: r.snapshot_id as SnapshotId,
  goldenName: r.set_name,
  snapshotNumber: r.snapshot_number,
  variants: fromJson<Variant[]>(r.variants),
  baselineIndex: r.baseline_index,
  minSimilarity: r.min_similarity,
  status: r.status,
  caseCount: r.case_count,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

export function runRepo(db: Db, golden: GoldenRepo): RunRepo {
  const get = (id: string): Run => {
    const row = db.get<RunRow>('runs.get', `${RUN_SELECT} WHERE r.id = ?`, [id]);
    if (!row) throw notFound(`run ${id}`);
    return toRun(row);
  };

  const create: RunRepo['create'] = (input) => {
    if (input.variants.length === 0)
      throw new ApiError('invalid-input', 'store: a run needs a variant');
    if (input.baselineIndex < 0 || input.baselineIndex >= input.variants.length) {
      throw new ApiError(
        'invalid-input',
        `store: baseline ${input.baselineIndex} is not a variant`,
      );
    }
    golden.snapshotById(input.snapshotId);
    const id = newId();
    db.run(
      'runs.insert',
      `INSERT INTO runs (id, snapshot_id, variants, baseline_index, min_similarity, status, started_at)
       VALUES (?, ?, ?, ?, ?, 'running', ?)`,
      [
        id,
        input.snapshotId,
        JSON.stringify(input.variants),
        input.baselineIndex,
        input.minSimilarity ?? null,
        now(),
      ],
    );
    return get(id);
  };

  const saveCell: RunRepo['saveCell'] = (cell) => {
    // A retried cell replaces the earlier attempt; the row keeps its rowid, so order holds.
    db.run(
      'runs.saveCell',
      `INSERT INTO cells VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, case_key, variant_index) DO UPDATE SET
         status = excluded.status, body = excluded.body, created_at = excluded.created_at`,
      [
        cell.runId,
        cell.caseKey,
        cell.variantIndex,
        cell.status,
        JSON.stringify(cell),
        cell.createdAt,
      ],
    );
  };

  const cells: RunRepo['cells'] = (runId) =>
    db
      .all<{ body: string }>(
        'runs.cells',
        `SELECT c.body FROM cells c
           JOIN runs r ON r.id = c.run_id
           LEFT JOIN golden_cases gc ON gc.snapshot_id = r.snapshot_id AND gc.key = c.case_key
         WHERE c.run_id = ? ORDER BY gc.position, c.variant_index`,
        [runId],
      )
      .map((r) => fromJson<Cell>(r.body));

  const finish: RunRepo['finish'] = (runId, status) => {
    const info = db.run('runs.finish', 'UPDATE runs SET status = ?, finished_at = ? WHERE id = ?', [
      status,
      now(),
      runId,
    ]);
    if (info.changes === 0) throw notFound(`run ${runId}`);
    return get(runId);
  };

  const reopen: RunRepo['reopen'] = (runId) => {
    const info = db.run(
      'runs.reopen',
      "UPDATE runs SET status = 'running', finished_at = NULL WHERE id = ?",
      [runId],
    );
    if (info.changes === 0) throw notFound(`run ${runId}`);
    return get(runId);
  };

  const interruptRunning: RunRepo['interruptRunning'] = () =>
    db.run(
      'runs.interruptRunning',
      "UPDATE runs SET status = 'interrupted', finished_at = ? WHERE status = 'running'",
      [now()],
    ).changes;

  return {
    create,
    get,
    reopen,
    interruptRunning,
    list: () =>
      db
        .all<RunRow>('runs.list', `${RUN_SELECT} ORDER BY r.started_at DESC, r.rowid DESC`)
        .map(toRun),
    saveCell,
    cells,
    finish,
  };
}
