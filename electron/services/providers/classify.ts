import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { Failure } from './types.ts';

export interface ClassifyContext {
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  /** The name the endpoint's key is stored under, to say which one is missing. */
  apiKeyRef?: string | null | undefined;
  timedOut: boolean;
  cancelled: boolean;
  /** True once the response headers arrived, so a later failure is a broken answer. */
  streaming: boolean;
}

/** Removes the key, and anything shaped like a key, from text a server or library wrote. */
export function redact(text: string, apiKey: string | undefined): string {
  const withoutKey = apiKey && apiKey.length >= 4 ? text.split(apiKey).join('[redacted]') : text;
  return withoutKey.replace(/\b(sk|key|Bearer)[-_ ][A-Za-z0-9*_\-.]{6,}/g, '[redacted]');
}

/** Turns whatever the openai client threw into a failure kind with a readable message. */
export function classify(error: unknown, ctx: ClassifyContext): Failure {
  const at = ctx.baseUrl;
  if (ctx.timedOut || error instanceof APIConnectionTimeoutError) {
    return { kind: 'timeout', message: `provider: no complete answer from ${at} in time` };
  }
  if (ctx.cancelled || error instanceof APIUserAbortError) {
    return { kind: 'cancelled', message: 'provider: call cancelled' };
  }
  if (error instanceof APIConnectionError) return connectionFailure(error, at);
  if (error instanceof APIError && error.status !== undefined) return statusFailure(error, ctx);
  return brokenAnswer(error, ctx);
}

/** The first error code, or 'bad port', found down the chain of causes. */
function causeCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (message === 'bad port') return 'bad port';
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

function connectionFailure(error: APIConnectionError, at: string): Failure {
  const code = causeCode(error);
  if (code === 'ECONNREFUSED')
    return { kind: 'connection', message: `provider: connection refused at ${at}` };
  // fetch refuses some ports itself (1, 6000, 10080 …) before any packet is sent.
  if (code === 'bad port') {
    return {
      kind: 'connection',
      message: `provider: connection refused at ${at} (fetch blocks this port)`,
    };
  }
  if (code === 'ENOTFOUND')
    return { kind: 'connection', message: `provider: host not found for ${at}` };
  return { kind: 'connection', message: `provider: cannot reach ${at}${code ? ` (${code})` : ''}` };
}

function serverText(error: APIError, apiKey: string | undefined): string {
  const body = error.error as { message?: unknown } | undefined;
  const text = typeof body?.message === 'string' ? body.message : '';
  return text ? `: ${redact(text, apiKey)}` : '';
}

function keyHint({ apiKey, apiKeyRef }: ClassifyContext): string {
  if (apiKey !== undefined) return 'check the key';
  if (apiKeyRef) return `no key was sent: ${apiKeyRef} is not set`;
  return 'no key was sent: name the variable that holds it in the endpoint';
}

/** OpenAI-compatible servers serve under /v1; a base URL without it is the usual mistake. */
function pathHint(baseUrl: string): string {
  return /\/v\d+\/?$/.test(baseUrl)
    ? ''
    : `; is the base URL missing /v1 (${baseUrl.replace(/\/+$/, '')}/v1)?`;
}

function statusFailure(error: APIError, ctx: ClassifyContext): Failure {
  const status = error.status ?? 0;
  const at = ctx.baseUrl;
  // The server's words for a bad key often quote part of the key, so they are left out.
  if (status === 401 || status === 403) {
    return {
      kind: 'auth',
      message: `provider: ${at} refused the API key (${status}); ${keyHint(ctx)}`,
    };
  }
  if (status === 404) {
    const what = ctx.model ? `model '${ctx.model}'` : 'the models list';
    return {
      kind: 'not-found',
      message: `provider: ${what} not found at ${at} (404)${serverText(error, ctx.apiKey)}${pathHint(at)}`,
    };
  }
  if (status === 429) return rateLimited(error, at);
  if (status >= 500) {
    return {
      kind: 'server',
      message: `provider: ${at} failed with ${status}${serverText(error, ctx.apiKey)}`,
    };
  }
  // A 400 or 422 is the server refusing our request; closest kind we have is 'server'.
  return {
    kind: 'server',
    message: `provider: ${at} rejected the request (${status})${serverText(error, ctx.apiKey)}`,
  };
}

function rateLimited(error: APIError, at: string): Failure {
  const retryAfterMs = retryAfter(error.headers);
  const failure: Failure = { kind: 'rate-limit', message: `provider: rate limited by ${at} (429)` };
  return retryAfterMs === null ? failure : { ...failure, retryAfterMs };
}

/** Retry-After in milliseconds, from `retry-after-ms`, seconds, or an HTTP date. */
export function retryAfter(headers: Headers | undefined): number | null {
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;

  const value = headers?.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function brokenAnswer(error: unknown, ctx: ClassifyContext): Failure {
  const reason = redact(error instanceof Error ? error.message : String(error), ctx.apiKey);
  if (ctx.streaming && !(error instanceof SyntaxError)) {
    return {
      kind: 'bad-response',
      message: `provider: stream from ${ctx.baseUrl} cut short (${reason})`,
    };
  }
  return {
    kind: 'bad-response',
    message: `provider: malformed answer from ${ctx.baseUrl} (${reason})`,
  };
}
