import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import type { Endpoint, ModelParams } from '../../../shared/domain/index.ts';
import { logger } from '../logger.ts';
import { makeClient } from './client.ts';
import { classify, type ClassifyContext } from './classify.ts';
import type { ChatOutcome, ChatRequest, ChatResult, Failure, RetryPolicy } from './types.ts';

const log = logger('providers');

export const defaultRetry: RetryPolicy = { retries: 3, maxWaitMs: 30_000 };

type Attempt = Omit<ChatResult, 'ok' | 'attempts' | 'cost'> | Failure;

/** Tokens times the endpoint's prices per million. */
export function costOf(
  endpoint: Endpoint,
  tokensIn: number | null,
  tokensOut: number | null,
): number | null {
  if (tokensIn === null || tokensOut === null) return null;
  return (tokensIn * endpoint.priceInPerM + tokensOut * endpoint.priceOutPerM) / 1_000_000;
}

/**
 * One chat completion, streamed so time to first token can be measured. Never throws for an
 * expected failure: bad key, unknown model, 429 (retried after Retry-After), 5xx, timeout,
 * refused connection, malformed or cut-short answers all come back as `{ ok: false, kind }`.
 */
export async function callChat(req: ChatRequest): Promise<ChatOutcome> {
  const retry = req.retry ?? defaultRetry;
  const client = makeClient(req.endpoint.baseUrl, req.apiKey, req.endpoint.timeoutMs);
  const started = performance.now();

  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptChat(client, req);
    const elapsed = Math.round(performance.now() - started);
    if (!('kind' in outcome)) {
      return {
        ...outcome,
        ok: true,
        attempts: attempt,
        cost: costOf(req.endpoint, outcome.tokensIn, outcome.tokensOut),
      };
    }

    const wait = retryWait(outcome, attempt, retry);
    log.debug(
      { baseUrl: req.endpoint.baseUrl, model: req.model, attempt, kind: outcome.kind, wait },
      'call failed',
    );
    if (wait === null || !(await sleep(wait, req.signal)))
      return { ...outcome, ok: false, latencyMs: elapsed, attempts: attempt };
  }
}

/** How long to wait before trying again, or null to give up. */
function retryWait(failure: Failure, attempt: number, retry: RetryPolicy): number | null {
  if (failure.kind !== 'rate-limit' || attempt > retry.retries) return null;
  const backoff = 500 * 2 ** (attempt - 1);
  return Math.min(failure.retryAfterMs ?? backoff, retry.maxWaitMs);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

export function requestBody(req: ChatRequest): ChatCompletionCreateParamsStreaming {
  return {
    model: req.model,
    messages: req.messages,
    stream: true,
    stream_options: { include_usage: true },
    ...modelParams(req.params),
  };
}

type WireParams = Partial<ChatCompletionCreateParamsStreaming>;

/** Our saved parameters in the wire format, leaving out the ones not set. */
function modelParams(params: Omit<ModelParams, 'name'>): WireParams {
  const { response_format: format, ...rest } = params;
  const set = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined),
  ) as WireParams;
  if (!format) return set;
  if (format.type !== 'json_schema') return { ...set, response_format: format };
  const json_schema = { name: format.name, schema: format.schema };
  return { ...set, response_format: { type: 'json_schema', json_schema } };
}

async function attemptChat(client: OpenAI, req: ChatRequest): Promise<Attempt> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), req.endpoint.timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;
  const ctx: ClassifyContext = {
    baseUrl: req.endpoint.baseUrl,
    model: req.model,
    apiKey: req.apiKey,
    apiKeyRef: req.endpoint.apiKeyRef,
    timedOut: false,
    cancelled: false,
    streaming: false,
  };

  try {
    return await readStream(client, req, signal, ctx);
  } catch (error) {
    ctx.timedOut = timeout.signal.aborted;
    ctx.cancelled = req.signal?.aborted ?? false;
    return classify(error, ctx);
  } finally {
    clearTimeout(timer);
  }
}

async function readStream(
  client: OpenAI,
  req: ChatRequest,
  signal: AbortSignal,
  ctx: ClassifyContext,
): Promise<Attempt> {
  const started = performance.now();
  const stream = await client.chat.completions.create(requestBody(req), { signal });
  ctx.streaming = true;

  const answer = { output: '', finishReason: null as string | null, ttftMs: null as number | null };
  const meta = {
    tokensIn: null as number | null,
    tokensOut: null as number | null,
    returnedModel: null as string | null,
    fingerprint: null as string | null,
  };
  for await (const chunk of stream) {
    const choice = chunk.choices[0];
    const text = choice?.delta?.content ?? '';
    if (text && answer.ttftMs === null) answer.ttftMs = Math.round(performance.now() - started);
    answer.output += text;
    answer.finishReason = choice?.finish_reason ?? answer.finishReason;
    meta.returnedModel = chunk.model || meta.returnedModel;
    meta.fingerprint = chunk.system_fingerprint ?? meta.fingerprint;
    if (chunk.usage) {
      meta.tokensIn = chunk.usage.prompt_tokens;
      meta.tokensOut = chunk.usage.completion_tokens;
    }
  }

  if (answer.finishReason === null) {
    return {
      kind: 'bad-response',
      message: `provider: stream from ${req.endpoint.baseUrl} ended before the answer was complete`,
    };
  }
  return { ...answer, ...meta, latencyMs: Math.round(performance.now() - started) };
}
