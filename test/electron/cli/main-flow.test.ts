import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../support/temp.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../../shared/domain/index.ts';
import { runCli } from '../../support/cli.ts';
import { sharedData } from '../../support/data.ts';
import { git, makeRepoWithRemote } from '../../support/git.ts';
import { startModelServer, type ModelServer } from '../../support/model-server/index.ts';

const promptFile = (system: string, user = 'Ticket: {{ ticket }}') => `slug: support/triage
description: Classify a support ticket
model: { name: gpt-4o-mini, temperature: 0, max_tokens: 200 }
messages:
  - role: system
    content: ${system}
  - role: user
    content: "${user}"
checks:
  - type: is-json
`;

const goldenCsv = `id,ticket,expected
refund,"I was charged twice, please refund","{""category"": ""billing""}"
parcel,My parcel is late,"{""category"": ""shipping""}"
login,I cannot log in,"{""category"": ""account""}"
`;

// v2 of the prompt asks for prose, and the scripted model obliges: its answers stop being JSON.
const answer = (request: { messages?: { content: string }[] }) => {
  const system = request.messages?.[0]?.content ?? '';
  const ticket = request.messages?.at(-1)?.content ?? '';
  if (system.includes('prose')) return 'This looks like a billing question.';
  if (ticket.includes('parcel')) return '{"category": "shipping"}';
  if (ticket.includes('log in')) return '{"category": "account"}';
  return '{"category": "billing"}';
};

describe('the promptledger command line', () => {
  let dir: string;
  let server: ModelServer;
  let ws: string[];

  beforeAll(async () => {
    dir = tempDir('pl-cli-');
    ws = ['--workspace', join(dir, 'workspace.sqlite')];
    server = await startModelServer({ models: ['model-a', 'model-b'], script: [{ answer }] });
    writeFileSync(join(dir, 'v1.yaml'), promptFile('You triage tickets. Answer in JSON.'));
    writeFileSync(
      join(dir, 'v2.yaml'),
      promptFile('You triage tickets. Answer in friendly prose.'),
    );
    writeFileSync(join(dir, 'tickets.csv'), goldenCsv);
  });

  afterAll(() => server.close());

  const replayArgs = (prompt: string, extra: string[] = []) => [
    ...ws,
    'replay',
    '--prompt',
    prompt,
    '--golden',
    'tickets',
    '--endpoint',
    server.url,
    '--model',
    'model-a,model-b',
    ...extra,
  ];

  it('saves two versions of a prompt file and prints each version', async () => {
    const v1 = await runCli([
      ...ws,
      'prompt',
      'save',
      'support/triage',
      '--file',
      join(dir, 'v1.yaml'),
      '--message',
      'First cut',
    ]);
    expect(v1.stderr).toBe(`promptledger: creating a new workspace at ${ws[1]}\n`);
    expect(v1.code).toBe(0);
    expect(v1.stdout).toMatch(/^support\/triage@1 [0-9a-f]{12} First cut/);

    const v2 = await runCli([
      ...ws,
      'prompt',
      'save',
      'support/triage',
      '--file',
      join(dir, 'v2.yaml'),
    ]);
    expect(v2.stdout).toMatch(/^support\/triage@2 /);
  });

  it('imports a golden CSV with quoted JSON intact', async () => {
    const result = await runCli([
      ...ws,
      'golden',
      'import',
      join(dir, 'tickets.csv'),
      '--name',
      'tickets',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tickets snapshot 1: 3 cases');
  });

  it('imports a real classification set with its label column as the expected output', async () => {
    const file = sharedData('banking77/test.csv');
    const args = ['golden', 'import', file, '--name', 'banking', '--expected', 'category'];
    const result = await runCli([...ws, ...args]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('banking snapshot 1: 3080 cases');

    const wrong = await runCli([
      ...ws,
      'golden',
      'import',
      file,
      '--name',
      'b2',
      '--expected',
      'label',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("no column 'label' (columns: text, category)");
  });

  it('refuses a malformed CSV naming line and column, and imports nothing', async () => {
    writeFileSync(join(dir, 'broken.csv'), 'id,ticket\na,fine\nb,"never closed\n');
    const result = await runCli([
      ...ws,
      'golden',
      'import',
      join(dir, 'broken.csv'),
      '--name',
      'broken',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.csv.*line \d+.*column \d+/);

    const again = await runCli(replayArgs('support/triage@1', ['--golden', 'broken']));
    expect(again.code).toBe(2);
  });

  it('passes with exit 0 when every check holds', async () => {
    const result = await runCli(replayArgs('support/triage@1'));
    expect(result.stderr).not.toContain('promptledger:');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('support/triage@1 model-b');
  });

  it('exits 1 on a regression against the baseline and writes every cell to the report', async () => {
    const report = join(dir, 'report.json');
    const result = await runCli(
      replayArgs('support/triage@1,2', ['--baseline', 'support/triage@1', '--report', report]),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/regression: case refund, support\/triage@2 model-a/);

    const parsed = JSON.parse(readFileSync(report, 'utf8')) as RunReport;
    expect(parsed.cells).toHaveLength(12);
    expect(parsed.summaries).toHaveLength(4);
    const v2 = parsed.cells.filter((cell) => parsed.run.variants[cell.variantIndex]?.version === 2);
    expect(
      v2.every((cell) => cell.checks.some((check) => check.type === 'is-json' && !check.pass)),
    ).toBe(true);
  });

  it('exits 2 and names the variable and case when a template needs an undefined variable', async () => {
    writeFileSync(
      join(dir, 'v3.yaml'),
      promptFile('Answer in JSON.', 'Ticket {{ ticket }} from {{ customer }}'),
    );
    await runCli([...ws, 'prompt', 'save', 'support/triage', '--file', join(dir, 'v3.yaml')]);
    const result = await runCli(replayArgs('support/triage@3'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('customer');
    expect(result.stderr).toMatch(/refund|case/);
  });

  it('fills cells with a connection error when the endpoint is unreachable, and finishes', async () => {
    const report = join(dir, 'down.json');
    const args = [
      ...ws,
      'replay',
      '--prompt',
      'support/triage@1',
      '--golden',
      'tickets',
      '--endpoint',
      'http://127.0.0.1:1/v1',
      '--model',
      'model-a',
      '--report',
      report,
    ];
    const result = await runCli(args);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as RunReport;
    expect(parsed.run.status).toBe('finished');
    expect(parsed.cells.map((cell) => cell.error?.kind)).toEqual([
      'connection',
      'connection',
      'connection',
    ]);
  });

  it('names why cells failed, and refuses an unwritable report path before running', async () => {
    const args = [...ws, 'replay', '--prompt', 'support/triage@1', '--golden', 'tickets'];
    const down = await runCli([...args, '--endpoint', 'http://127.0.0.1:9/v1', '--model', 'm']);
    expect(down.stdout).toMatch(/error: case refund, support\/triage@1 m: connection: /);

    const bad = join(dir, 'no-such-folder', 'r.json');
    const refused = await runCli([
      ...args,
      '--endpoint',
      server.url,
      '--model',
      'model-a',
      '--report',
      bad,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`--report: no such folder ${join(dir, 'no-such-folder')}`);
  });

  it('lists runs and retries one, exiting as replay does', async () => {
    const listed = await runCli([...ws, 'runs']);
    expect(listed.code).toBe(0);
    const failedRun = listed.stdout.split('\n').find((line) => line.includes('finished'));
    const runId = failedRun?.split(' ')[0] ?? 'missing';

    const retried = await runCli([...ws, 'retry', runId]);
    expect([0, 1]).toContain(retried.code);
    expect(retried.stdout).toContain(`run ${runId}`);
    expect((await runCli([...ws, 'retry', 'no-such-run'])).code).toBe(2);

    // A run with nothing left to retry reports at once instead of waiting for nothing.
    const passing = listed.stdout
      .split('\n')
      .filter((line) => line.includes('finished'))
      .at(-1);
    const again = await runCli([...ws, 'retry', passing?.split(' ')[0] ?? 'missing']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('run ');
  });

  it('exits 2 on bad usage', async () => {
    const result = await runCli([...ws, 'replay', '--prompt', 'support/triage@1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--golden');

    const threshold = await runCli(replayArgs('support/triage@1', ['--min-similarity', '2']));
    expect(threshold.code).toBe(2);
    expect(threshold.stderr).toContain("--min-similarity must be a number from 0 to 1, got '2'");
  });

  it('flags outputs that drifted from the baseline when a minimum similarity is set', async () => {
    const report = join(dir, 'drift.json');
    const args = ['--baseline', 'support/triage@1', '--min-similarity', '0.99', '--report', report];
    const result = await runCli(replayArgs('support/triage@1', args));
    expect(result.code).toBe(0); // both models answer the same: nothing drifted

    server.script({ model: 'model-b', answer: '{"category": "billing", "note": "extra"}' });
    const drifted = await runCli(replayArgs('support/triage@1', args));
    expect(drifted.code).toBe(1);
    expect(drifted.stdout).toMatch(
      /regression: case refund, support\/triage@1 model-b: .*output changed: similarity/,
    );
  });

  it('refuses to export an unapproved version, then exports and pushes the approved one', async () => {
    const { repo, remote } = makeRepoWithRemote(dir);
    const refused = await runCli([...ws, 'export', 'support/triage@1', '--repo', repo]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not approved');

    const approved = await runCli([...ws, 'approve', 'support/triage@1', '--note', 'Looks right']);
    expect(approved.code).toBe(0);
    const exported = await runCli([...ws, 'export', 'support/triage@1', '--repo', repo]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);

    const log = git(remote, 'log', '-1', '--format=%s', 'main');
    expect(log).toMatch(/support\/triage v1/);
    const file = git(remote, 'show', 'main:prompts/support/triage.prompt.yaml');
    expect(file).toContain('Ticket: {{ ticket }}');
    expect(file).toContain('content_hash');
  });

  it('says so when a prompt or a file does not exist', async () => {
    const missing = await runCli([...ws, 'prompt', 'versions', 'no/such']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no prompt 'no/such'");

    const noFile = await runCli([...ws, 'golden', 'import', join(dir, 'nope.csv'), '--name', 'x']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toBe(
      `promptledger: cannot read ${join(dir, 'nope.csv')}: no such file\n`,
    );
  });

  it('moves a label forward and back again, saying where it was', async () => {
    const first = await runCli([...ws, 'label', 'support/triage@2', 'production']);
    expect(first.stdout).toBe('production → support/triage@2 (new label)\n');
    const back = await runCli([...ws, 'label', 'support/triage@1', 'production']);
    expect(back.stdout).toBe('production → support/triage@1 (was v2)\n');
    expect((await runCli([...ws, 'label', 'support/triage@99', 'production'])).code).toBe(2);
    const badName = await runCli([...ws, 'label', 'support/triage@1', 'bad label!']);
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('label: use lowercase letters');
  });

  it('exports the evidence of one prompt version with the chain verdict', async () => {
    const file = join(dir, 'evidence.json');
    const args = ['audit', 'export', '--prompt', 'support/triage', '--version', '2', '--out', file];
    const result = await runCli([...ws, ...args]);
    expect(result.code).toBe(0);

    const evidence = JSON.parse(readFileSync(file, 'utf8')) as {
      chain: { ok: boolean };
      records: { promptVersion: number; seq: number; input: string }[];
    };
    expect(evidence.chain.ok).toBe(true);
    expect(evidence.records.length).toBeGreaterThanOrEqual(6);
    expect(evidence.records.every((r) => r.promptVersion === 2)).toBe(true);
    const seqs = evidence.records.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(evidence.records[0]?.input).toContain('friendly prose');
  });

  it('verifies the audit chain over every call made', async () => {
    const result = await runCli([...ws, 'audit', 'verify']);
    expect(result.code).toBe(0);
    const records = Number(/chain holds over (\d+) records/.exec(result.stdout)?.[1]);
    expect(records).toBeGreaterThanOrEqual(18); // 6 + 12 successful calls at least
  });
});
