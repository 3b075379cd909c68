import { tempDir } from '../../../support/temp.ts';
import path from 'node:path';
import type { AuditEntry, PromptContent } from '../../../../shared/domain/index.ts';

export function tempFile(name = 'workspace.db'): string {
  return path.join(tempDir('pl-store-'), name);
}

export function content(text: string): PromptContent {
  return { messages: [{ role: 'user', content: text }], model: { temperature: 0 }, checks: [] };
}

export function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    kind: 'call',
    userContext: 'alice',
    promptSlug: 'support/triage',
    promptVersion: 1,
    versionHash: 'abc',
    runId: null,
    caseKey: 'c1',
    endpoint: 'http://127.0.0.1:1/v1',
    requestedModel: 'm',
    returnedModel: 'm-2024',
    fingerprint: 'fp',
    params: { temperature: 0 },
    inputHash: 'ih',
    input: 'hello',
    output: 'world',
    outputHash: 'oh',
    error: null,
    latencyMs: 12.5,
    tokensIn: 3,
    tokensOut: 4,
    cost: 0.0001,
    ...overrides,
  };
}
