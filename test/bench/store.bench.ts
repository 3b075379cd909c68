import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PromptContent } from '../../shared/domain/index.ts';
import { parseGolden } from '../../electron/services/import/index.ts';
import type { Workspace } from '../../electron/services/store/index.ts';
import { measure, type Figure } from './measure.ts';

const content = (n: number): PromptContent => ({
  messages: [
    { role: 'system', content: `You are assistant number ${n}.` },
    { role: 'user', content: 'Question: {{ question }}' },
  ],
  model: { temperature: 0 },
  checks: [{ type: 'is-json' }],
});

/** Version saves, golden imports and the audit chain on a real workspace file. */
export async function storeFigures(open: () => Workspace, dataDir: string): Promise<Figure[]> {
  const ws = open();
  let n = 0;
  const saves = await measure('store: save prompt versions', 500, 'versions', () => {
    for (let i = 0; i < 500; i += 1) {
      ws.versions.save({
        slug: 'bench/p',
        content: content((n += 1)),
        message: 'bench',
        author: 'bench',
      });
    }
  });

  const csv = readFileSync(join(dataDir, 'banking77', 'test.csv'), 'utf8');
  const parse = await measure('import: parse banking77 CSV', 3080, 'cases', () =>
    parseGolden(csv, 'test.csv'),
  );
  const cases = parseGolden(csv, 'test.csv');
  const snapshot = await measure('import: store banking77 snapshot', cases.length, 'cases', () =>
    ws.golden.addSnapshot({ name: 'banking77', sourceFile: 'test.csv', cases }),
  );

  const append = await measure('audit: append hash-chained records', 2000, 'records', () => {
    for (let i = 0; i < 2000; i += 1) ws.audit.append(auditEntry(i));
  });
  const records = ws.audit.verify().records;
  const verify = await measure('audit: verify the whole chain', records, 'records', () =>
    ws.audit.verify(),
  );
  ws.close();
  return [saves, parse, snapshot, append, verify];
}

function auditEntry(i: number) {
  return {
    kind: 'call' as const,
    userContext: 'bench',
    promptSlug: 'bench/p',
    promptVersion: 1,
    versionHash: 'x'.repeat(64),
    runId: null,
    caseKey: String(i),
    endpoint: 'http://127.0.0.1:1/v1',
    requestedModel: 'm',
    returnedModel: 'm',
    fingerprint: null,
    params: { temperature: 0 },
    inputHash: 'y'.repeat(64),
    input: `input ${i}`,
    output: `output ${i}`,
    outputHash: null,
    error: null,
    latencyMs: 12,
    tokensIn: 10,
    tokensOut: 5,
    cost: 0,
  };
}
