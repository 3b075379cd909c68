import { ApiError } from '../../../shared/api/errors.ts';
import type { EndpointPreset } from '../../../shared/domain/index.ts';
import { classify } from './classify.ts';
import { makeClient } from './client.ts';
import type { Failure } from './types.ts';

export type ModelsOutcome = { ok: true; models: string[] } | ({ ok: false } & Failure);

/** A local server that answered, in the shape the `endpoints.detect` method returns. */
export interface LocalServer {
  name: string;
  baseUrl: string;
  models: string[];
}

/** The endpoints people use most; keys are referenced by environment variable, never held. */
export function endpointPresets(): EndpointPreset[] {
  return [
    {
      name: 'OpenAI',
      baseUrl: 'https://api.openai.com/v1',
      apiKeyRef: 'OPENAI_API_KEY',
      local: false,
    },
    { name: 'Ollama', baseUrl: 'http://127.0.0.1:11434/v1', apiKeyRef: null, local: true },
    { name: 'LM Studio', baseUrl: 'http://127.0.0.1:1234/v1', apiKeyRef: null, local: true },
    { name: 'llama.cpp server', baseUrl: 'http://127.0.0.1:8080/v1', apiKeyRef: null, local: true },
  ];
}

/** The model ids an endpoint lists at GET /models, or why it could not say, as a value. */
export async function tryListModels(
  endpoint: { baseUrl: string; timeoutMs?: number; apiKeyRef?: string | null },
  apiKey: string | undefined,
): Promise<ModelsOutcome> {
  const timeoutMs = endpoint.timeoutMs ?? 10_000;
  const client = makeClient(endpoint.baseUrl, apiKey, timeoutMs);
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const models: string[] = [];
    for await (const model of client.models.list({ signal: timeout })) models.push(model.id);
    return { ok: true, models };
  } catch (error) {
    const ctx = {
      baseUrl: endpoint.baseUrl,
      model: '',
      apiKey,
      apiKeyRef: endpoint.apiKeyRef,
      timedOut: timeout.aborted,
      cancelled: false,
      streaming: false,
    };
    return { ok: false, ...classify(error, ctx) };
  }
}

/** The model ids an endpoint lists; a failure throws ApiError('provider') with its reason. */
export async function listModels(
  endpoint: { baseUrl: string; timeoutMs?: number },
  apiKey: string | undefined,
): Promise<string[]> {
  const outcome = await tryListModels(endpoint, apiKey);
  if (!outcome.ok) throw new ApiError('provider', outcome.message);
  return outcome.models;
}

/** The local presets that answer GET /models within the timeout, asked all at once. */
export async function detectLocalServers(
  presets: EndpointPreset[],
  timeoutMs = 400,
): Promise<LocalServer[]> {
  const local = presets.filter((preset) => preset.local);
  const answers = await Promise.all(
    local.map((preset) => tryListModels({ baseUrl: preset.baseUrl, timeoutMs }, undefined)),
  );
  return local.flatMap((preset, index) => {
    const answer = answers[index];
    return answer?.ok
      ? [{ name: preset.name, baseUrl: preset.baseUrl, models: answer.models }]
      : [];
  });
}
