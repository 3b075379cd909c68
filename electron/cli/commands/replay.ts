import type { Backend } from '../../backend/index.ts';
import type { Endpoint, Variant } from '../../../shared/domain/index.ts';
import { UsageError } from '../exit.ts';
import { parseVersionRef, parseVersionRefs, type VersionRef } from '../refs.ts';
import { parse, required, withBackend } from './open.ts';
import { checkReportPath, conclude, runToEnd } from './run-to-end.ts';
import type { CommandInput } from './types.ts';

const options = {
  prompt: { type: 'string' },
  golden: { type: 'string' },
  snapshot: { type: 'string' },
  endpoint: { type: 'string' },
  model: { type: 'string' },
  'api-key-env': { type: 'string' },
  baseline: { type: 'string' },
  report: { type: 'string' },
  'min-similarity': { type: 'string' },
} as const;

/**
 * `replay --prompt SLUG@V1,V2 --golden NAME --endpoint URL --model M1,M2 [--baseline SLUG@V]
 * [--report FILE.json]`: exit 0 when no check fails and nothing regressed, 1 otherwise.
 */
export async function replay({ args, workspace }: CommandInput): Promise<number> {
  const { values } = parse(args, options);
  const refs = parseVersionRefs(required(values.prompt, '--prompt SLUG@V1[,V2]'));
  const golden = required(values.golden, '--golden NAME');
  const url = required(values.endpoint, '--endpoint URL (e.g. http://127.0.0.1:11434/v1)');
  const models = splitList(required(values.model, '--model M1[,M2]'));
  const baseline = values.baseline ? parseVersionRef(values.baseline) : null;
  const snapshot = values.snapshot ? Number(values.snapshot) : undefined;
  const minSimilarity = threshold(values['min-similarity']);

  checkReportPath(values.report);

  const report = await withBackend(workspace, async (backend) => {
    const endpoint = await ensureEndpoint(backend, url, values['api-key-env'], models);
    const plan = planVariants(refs, models, endpoint.id, baseline);
    const input = {
      golden,
      variants: plan.variants,
      baselineIndex: plan.baselineIndex,
      minSimilarity,
    };
    return runToEnd(
      backend,
      'replay.start',
      snapshot === undefined ? input : { ...input, snapshot },
    );
  });
  return conclude(report, values.report);
}

/** `retry RUN_ID [--report FILE.json]`: re-runs a run's failed and missing cells. */
export async function retry({ args, workspace }: CommandInput): Promise<number> {
  const { values, positionals } = parse(args, { report: { type: 'string' } });
  const runId = required(positionals[0], 'RUN_ID (see `promptledger runs`)');
  checkReportPath(values.report);

  const report = await withBackend(workspace, (backend) =>
    runToEnd(backend, 'replay.retryFailed', { runId }),
  );
  return conclude(report, values.report);
}

function threshold(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new UsageError(`--min-similarity must be a number from 0 to 1, got '${text}'`);
  }
  return value;
}

function splitList(text: string): string[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw new UsageError(`'${text}' names no model`);
  return items;
}

/** Columns: each version × each model; the baseline is its own column unless already one. */
export function planVariants(
  refs: VersionRef[],
  models: string[],
  endpointId: string,
  baseline: VersionRef | null,
) {
  const variant = (ref: VersionRef, model: string) =>
    ({ slug: ref.slug, version: ref.number, endpointId, model }) as Variant;
  const variants = refs.flatMap((ref) => models.map((model) => variant(ref, model)));
  if (!baseline) return { variants, baselineIndex: 0 };

  const same = (v: Variant) => v.slug === baseline.slug && v.version === baseline.number;
  const index = variants.findIndex(same);
  if (index >= 0) return { variants, baselineIndex: index };
  return { variants: [variant(baseline, models[0] as string), ...variants], baselineIndex: 0 };
}

async function ensureEndpoint(
  backend: Backend,
  url: string,
  keyEnv: string | undefined,
  models: string[],
) {
  const known = (await backend.call('endpoints.list', {})) as Endpoint[];
  const trimmed = url.replace(/\/+$/, '');
  const found = known.find((e) => e.baseUrl.replace(/\/+$/, '') === trimmed);
  const merged = [...new Set([...(found?.models ?? []), ...models])];
  const apiKeyRef =
    keyEnv ?? found?.apiKeyRef ?? (process.env['OPENAI_API_KEY'] ? 'OPENAI_API_KEY' : null);
  const base = found ?? {
    name: trimmed,
    baseUrl: trimmed,
    priceInPerM: 0,
    priceOutPerM: 0,
    concurrency: 4,
    timeoutMs: 60_000,
  };
  return (await backend.call('endpoints.save', { ...base, models: merged, apiKeyRef })) as Endpoint;
}
