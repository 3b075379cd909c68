import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashCanonical } from '../../../../electron/services/hash.ts';
import { openWorkspace, type Workspace } from '../../../../electron/services/store/index.ts';
import { content, tempFile } from './helpers.ts';

let ws: Workspace;
beforeEach(() => {
  ws = openWorkspace(tempFile());
});
afterEach(() => ws.close());

const save = (text: string, message = 'edit') =>
  ws.versions.save({ slug: 'support/triage', content: content(text), message, author: 'alice' });

describe('store: prompt versions', () => {
  it('numbers versions per prompt with their parent and content hash', () => {
    const v1 = save('one');
    const v2 = save('two');
    expect([v1.number, v2.number, v2.parentNumber]).toEqual([1, 2, 1]);
    expect(v2.contentHash).toBe(hashCanonical(v2.content));
    expect(ws.versions.list('support/triage').map((v) => v.number)).toEqual([2, 1]);
    expect(ws.prompts.get('support/triage').latestVersion).toBe(2);
  });

  it('returns the latest version when the same content is saved again', () => {
    const v1 = save('same');
    expect(save('same', 'again')).toEqual(v1);
    expect(ws.versions.list('support/triage')).toHaveLength(1);
  });

  it('refuses a raw UPDATE or DELETE of a saved version from another connection', () => {
    save('one');
    const raw = new Database(ws.path);
    expect(() => raw.prepare("UPDATE prompt_versions SET message = 'x'").run()).toThrow(
      'store: prompt_versions is immutable',
    );
    expect(() => raw.prepare('DELETE FROM prompt_versions').run()).toThrow(/immutable/);
    raw.close();
  });

  it('reports an unknown version as not-found', () => {
    expect(() => ws.versions.get('nope', 1)).toThrow(
      expect.objectContaining({ kind: 'not-found' }),
    );
  });

  it('refuses a duplicate prompt slug as a conflict', () => {
    ws.prompts.create({ slug: 'a', description: '', tags: [] });
    expect(() => ws.prompts.create({ slug: 'a', description: '', tags: [] })).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });
});

describe('store: labels and approvals', () => {
  it('moves a label with history and rolls back without new content', () => {
    save('one');
    save('two');
    ws.labels.move({ slug: 'support/triage', label: 'production', number: 1, movedBy: 'a' });
    ws.labels.move({ slug: 'support/triage', label: 'production', number: 2, movedBy: 'a' });
    const back = ws.labels.move({
      slug: 'support/triage',
      label: 'production',
      number: 1,
      movedBy: 'b',
    });
    expect(back.previousNumber).toBe(2);
    expect(ws.prompts.get('support/triage').labels).toEqual({ production: 1 });
    const history = ws.labels.history('support/triage').map((m) => [m.number, m.previousNumber]);
    expect(history).toEqual([
      [1, 2],
      [2, 1],
      [1, null],
    ]);
    expect(ws.versions.list('support/triage')).toHaveLength(2);
  });

  it('refuses to move a label to a version that does not exist', () => {
    save('one');
    expect(() =>
      ws.labels.move({ slug: 'support/triage', label: 'x', number: 9, movedBy: 'a' }),
    ).toThrow(/not found/);
  });

  it('finds the latest approval of exactly one version', () => {
    const v1 = save('one');
    save('two');
    ws.approvals.approve({ slug: 'support/triage', number: 1, approver: 'rev', note: 'ok' });
    expect(ws.approvals.find('support/triage', 1)).toMatchObject({
      approver: 'rev',
      contentHash: v1.contentHash,
    });
    expect(ws.approvals.find('support/triage', 2)).toBeNull();
  });
});
