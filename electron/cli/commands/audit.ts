import { writeFileSync } from 'node:fs';
import type { MethodOutput } from '../../../shared/api/contract.ts';
import type { AuditRecord, AuditVerdict } from '../../../shared/domain/index.ts';
import { EXIT_FAILED, EXIT_OK } from '../exit.ts';
import { err, out } from '../output.ts';
import { parse, required, withBackend } from './open.ts';
import { checkReportPath } from './run-to-end.ts';
import type { CommandInput } from './types.ts';

/** `audit verify`: exit 0 when the chain holds, else 1 naming the first broken record. */
export async function auditVerify({ args, workspace }: CommandInput): Promise<number> {
  parse(args, {});
  const verdict = await withBackend(
    workspace,
    async (backend) => (await backend.call('audit.verify', {})) as AuditVerdict,
  );
  if (verdict.ok) {
    out(`audit: chain holds over ${verdict.records} records`);
    return EXIT_OK;
  }
  err(`audit: chain broken at record ${verdict.firstBroken}: ${verdict.reason}`);
  return EXIT_FAILED;
}

type Evidence = MethodOutput<'audit.evidence'>;

/** `--prompt` and `--version` as the audit methods' filter; absent options are left out. */
function filterOf(values: { prompt?: string | undefined; version?: string | undefined }) {
  return {
    ...(values.prompt ? { slug: values.prompt } : {}),
    ...(values.version ? { version: Number(values.version) } : {}),
  };
}

/** `audit export [--prompt SLUG] [--version N] --out FILE.json`: evidence for a review. */
export async function auditExport({ args, workspace }: CommandInput): Promise<number> {
  const { values } = parse(args, {
    prompt: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
  });
  const file = required(values.out, '--out FILE.json');
  checkReportPath(file, '--out');
  const filter = filterOf(values);
  const evidence = await withBackend(
    workspace,
    async (backend) => (await backend.call('audit.evidence', filter)) as Evidence,
  );
  writeFileSync(file, `${JSON.stringify(evidence, null, 2)}\n`);
  const verdict = evidence.chain.ok
    ? 'chain holds'
    : `chain broken at ${evidence.chain.firstBroken}`;
  out(`audit: ${evidence.records.length} records written to ${file} (${verdict})`);
  return evidence.chain.ok ? EXIT_OK : EXIT_FAILED;
}

/** `audit list [--prompt SLUG] [--version N] [--json]`. */
export async function auditList({ args, workspace }: CommandInput): Promise<number> {
  const { values } = parse(args, {
    prompt: { type: 'string' },
    version: { type: 'string' },
    json: { type: 'boolean' },
  });
  const filter = filterOf(values);
  const records = await withBackend(
    workspace,
    async (backend) => (await backend.call('audit.list', filter)) as AuditRecord[],
  );
  if (values.json) out(JSON.stringify(records, null, 2));
  else for (const r of records) out(describe(r));
  return EXIT_OK;
}

function describe(r: AuditRecord): string {
  const prompt = r.promptSlug ? `${r.promptSlug}@${r.promptVersion}` : '-';
  const outcome = r.error
    ? `error: ${r.error}`
    : `${r.tokensIn ?? '?'}→${r.tokensOut ?? '?'} tokens`;
  return `#${r.seq} ${r.time} ${prompt} ${r.requestedModel} ${r.latencyMs ?? '-'} ms ${outcome}`;
}
