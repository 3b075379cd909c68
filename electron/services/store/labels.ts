import { ApiError } from '../../../shared/api/errors.ts';
import type { Approval, LabelMove } from '../../../shared/domain/index.ts';
import type { Db } from './db.ts';
import type { ApprovalRepo, LabelRepo, PromptRepo, VersionRepo } from './types.ts';
import { now } from './util.ts';

interface MoveRow {
  slug: string;
  label: string;
  number: number;
  previous_number: number | null;
  moved_by: string;
  created_at: string;
}

const toMove = (r: MoveRow): LabelMove => ({
  slug: r.slug,
  label: r.label,
  number: r.number,
  previousNumber: r.previous_number,
  movedBy: r.moved_by,
  createdAt: r.created_at,
});

const MOVE_SELECT = `SELECT p.slug, m.label, m.number, m.previous_number, m.moved_by, m.created_at
  FROM label_moves m JOIN prompts p ON p.id = m.prompt_id`;

/** Labels are an append-only log of moves; a label's current target is its latest move. */
export function labelRepo(db: Db, prompts: PromptRepo, versions: VersionRepo): LabelRepo {
  const move: LabelRepo['move'] = (input) => {
    const label = input.label.trim();
    if (!label) throw new ApiError('invalid-input', 'store: a label needs a name');

    return db.tx(() => {
      const version = versions.get(input.slug, input.number);
      const previous = prompts.get(input.slug).labels[label] ?? null;
      const info = db.run(
        'labels.insert',
        'INSERT INTO label_moves VALUES (NULL, ?, ?, ?, ?, ?, ?)',
        [version.promptId, label, version.number, previous, input.movedBy, now()],
      );
      const sql = `${MOVE_SELECT} WHERE m.seq = ?`;
      return toMove(db.get<MoveRow>('labels.get', sql, [info.lastInsertRowid]) as MoveRow);
    });
  };

  return {
    move,
    history: (slug) => {
      prompts.get(slug);
      const sql = `${MOVE_SELECT} WHERE p.slug = ? ORDER BY m.seq DESC`;
      return db.all<MoveRow>('labels.history', sql, [slug]).map(toMove);
    },
  };
}

interface ApprovalRow {
  slug: string;
  number: number;
  content_hash: string;
  approver: string;
  note: string;
  created_at: string;
}

const toApproval = (r: ApprovalRow): Approval => ({
  slug: r.slug,
  number: r.number,
  contentHash: r.content_hash,
  approver: r.approver,
  note: r.note,
  createdAt: r.created_at,
});

const APPROVAL_SELECT = `SELECT p.slug, v.number, a.content_hash, a.approver, a.note, a.created_at
  FROM approvals a JOIN prompt_versions v ON v.id = a.version_id JOIN prompts p ON p.id = v.prompt_id`;

export function approvalRepo(db: Db, versions: VersionRepo): ApprovalRepo {
  const approve: ApprovalRepo['approve'] = (input) =>
    db.tx(() => {
      const version = versions.get(input.slug, input.number);
      const info = db.run(
        'approvals.insert',
        'INSERT INTO approvals VALUES (NULL, ?, ?, ?, ?, ?)',
        [version.id, version.contentHash, input.approver, input.note, now()],
      );
      const sql = `${APPROVAL_SELECT} WHERE a.seq = ?`;
      return toApproval(
        db.get<ApprovalRow>('approvals.get', sql, [info.lastInsertRowid]) as ApprovalRow,
      );
    });

  return {
    approve,
    list: (slug) => {
      const sql = `${APPROVAL_SELECT} WHERE p.slug = ? ORDER BY a.seq DESC`;
      return db.all<ApprovalRow>('approvals.list', sql, [slug]).map(toApproval);
    },
    find: (slug, number) => {
      const sql = `${APPROVAL_SELECT} WHERE p.slug = ? AND v.number = ? ORDER BY a.seq DESC LIMIT 1`;
      const row = db.get<ApprovalRow>('approvals.find', sql, [slug, number]);
      return row ? toApproval(row) : null;
    },
  };
}
