import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { entry, tempFile } from './helpers.ts';

let ws: Workspace;
beforeEach(() => {
  ws = openWorkspace(tempFile());
});
afterEach(() => ws.close());

/** Tampering needs the trigger out of the way, as an attacker with file access could do. */
function tamper(sql: string): void {
  const raw = new Database(ws.path);
  raw.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  raw.exec(sql);
  raw.close();
}

describe('store: audit log', () => {
  it('chains records from a genesis hash and verifies them', () => {
    const first = ws.audit.append(entry());
    const second = ws.audit.append(entry({ caseKey: 'c2' }));
    expect(first.prevHash).toBe('0'.repeat(64));
    expect(second.prevHash).toBe(first.hash);
    expect(first.workspaceId).toBe(ws.settings.get('workspace.id'));
    expect(ws.audit.verify()).toEqual({ ok: true, records: 2, firstBroken: null, reason: null });
  });

  it('refuses a raw UPDATE of a record', () => {
    ws.audit.append(entry());
    const raw = new Database(ws.path);
    expect(() => raw.prepare("UPDATE audit SET output = 'x'").run()).toThrow(/audit is immutable/);
    raw.close();
  });

  it('names the first edited record when verifying', () => {
    for (let i = 0; i < 4; i++) ws.audit.append(entry({ caseKey: `c${i}` }));
    tamper("UPDATE audit SET output = 'forged' WHERE seq = 3");
    expect(ws.audit.verify()).toMatchObject({ ok: false, records: 4, firstBroken: 3 });
    expect(ws.audit.verify().reason).toMatch(/record 3 was edited/);
  });

  it('names a missing record and a broken link', () => {
    for (let i = 0; i < 4; i++) ws.audit.append(entry());
    tamper('DELETE FROM audit WHERE seq = 2');
    expect(ws.audit.verify()).toMatchObject({
      firstBroken: 2,
      reason: 'record 2 is missing (next is 3)',
    });
    tamper("UPDATE audit SET prev_hash = 'x' WHERE seq = 1");
    expect(ws.audit.verify()).toMatchObject({
      firstBroken: 1,
      reason: expect.stringMatching(/does not link/),
    });
  });

  it('keeps only hashes of input and output in hash-only mode', () => {
    ws.settings.set('audit.hashOnly', '1');
    const record = ws.audit.append(entry({ outputHash: null }));
    expect(record).toMatchObject({ input: null, output: null, inputHash: 'ih' });
    expect(record.outputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ws.audit.verify().ok).toBe(true);
  });

  it('filters records by prompt version', () => {
    ws.audit.append(entry({ promptVersion: 1 }));
    ws.audit.append(entry({ promptVersion: 2 }));
    expect(ws.audit.list({ slug: 'support/triage', version: 2 }).map((r) => r.seq)).toEqual([2]);
  });
});
