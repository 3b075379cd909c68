import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../../../../electron/services/store/index.ts';
import type { Workspace } from '../../../../electron/services/store/index.ts';
import type { Emit, ReplayDeps } from '../../../../electron/services/replay/index.ts';
import type { EventName } from '../../../../shared/api/events.ts';
import type { Endpoint, GoldenCase, PromptContent } from '../../../../shared/domain/index.ts';

export interface Fixture {
  ws: Workspace;
  deps: ReplayDeps;
  events: Array<{ event: EventName; payload: unknown }>;
  cleanup(): void;
}

/** A fresh workspace file in a temp folder, with replay deps that record every event. */
export function makeFixture(): Fixture {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pl-replay-'));
  const ws = openWorkspace(path.join(dir, 'workspace.db'));
  const events: Fixture['events'] = [];
  const emit: Emit = (event, payload) => void events.push({ event, payload });
  const deps: ReplayDeps = { ws, secrets: () => undefined, emit, user: 'tester@example.com' };
  const cleanup = (): void => {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { ws, deps, events, cleanup };
}

export function addEndpoint(
  ws: Workspace,
  baseUrl: string,
  over: Partial<Endpoint> = {},
): Endpoint {
  return ws.endpoints.save({
    name: 'test server',
    baseUrl,
    apiKeyRef: null,
    models: [],
    priceInPerM: 1,
    priceOutPerM: 2,
    concurrency: 2,
    timeoutMs: 5000,
    ...over,
  });
}

export function testCase(
  key: string,
  vars: Record<string, unknown>,
  expected: string | null = null,
): GoldenCase {
  return { key, vars, expected, tags: [], note: '', source: null };
}

export function saveVersion(ws: Workspace, slug: string, content: Partial<PromptContent>): void {
  ws.versions.save({
    slug,
    content: {
      messages: [{ role: 'user', content: '{{ ticket }}' }],
      model: {},
      checks: [],
      ...content,
    },
    message: 'test version',
    author: 'tester',
  });
}

/** support/triage v1 (user message only) and v2 (a system message, and a JSON check). */
export function seedTriage(ws: Workspace): void {
  saveVersion(ws, 'support/triage', {
    messages: [{ role: 'user', content: 'Classify: {{ ticket }}' }],
    model: { temperature: 0 },
    checks: [{ type: 'contains', value: 'billing', ignoreCase: true }],
  });
  saveVersion(ws, 'support/triage', {
    messages: [
      { role: 'system', content: 'Answer in JSON for {{ product | default("our product") }}.' },
      { role: 'user', content: 'Ticket: {{ ticket }}' },
    ],
    model: { temperature: 0.3, max_tokens: 64 },
    checks: [{ type: 'contains', value: 'billing', ignoreCase: true }, { type: 'is-json' }],
  });
}
