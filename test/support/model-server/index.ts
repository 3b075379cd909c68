import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Script, answerFor, limitAnswer, countTokens, promptTokens } from './script.ts';
import {
  completionBody,
  sendError,
  sendJson,
  startStream,
  streamChunks,
  writeEvent,
} from './responses.ts';
import type { Completion } from './responses.ts';
import type {
  ChatRequestBody,
  ModelServer,
  ModelServerOptions,
  RecordedRequest,
  ScriptRule,
} from './types.ts';

export type * from './types.ts';

const defaultModels = ['echo-1', 'echo-2'];

interface ServerState {
  options: ModelServerOptions;
  models: string[];
  script: Script;
  requests: RecordedRequest[];
  timers: Set<NodeJS.Timeout>;
  counter: number;
}

/**
 * Starts our OpenAI-compatible test server on 127.0.0.1 (a free port unless one is given):
 * GET /v1/models and POST /v1/chat/completions, plain or streamed, with scripted answers and faults.
 */
export async function startModelServer(options: ModelServerOptions = {}): Promise<ModelServer> {
  const state: ServerState = {
    options,
    models: options.models ?? defaultModels,
    script: new Script(options.script ?? []),
    requests: [],
    timers: new Set(),
    counter: 0,
  };
  const server = createServer((req, res) => void handle(state, req, res));
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: state.requests,
    script: (rule: ScriptRule) => state.script.prepend(rule),
    close: () => close(server, state),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function close(server: Server, state: ServerState): Promise<void> {
  for (const timer of state.timers) clearTimeout(timer);
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function handle(
  state: ServerState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const raw = await readBody(req);
  const body = parseBody(raw);
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  state.requests.push({
    method: req.method ?? 'GET',
    path,
    headers: req.headers,
    body,
    time: Date.now(),
  });

  if (!authorised(state, req))
    return sendError(res, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
  if (req.method === 'GET' && path === '/v1/models') return listModels(state, res);
  if (req.method === 'POST' && path === '/v1/chat/completions') return chat(state, body, res);
  sendError(res, 404, `no route for ${req.method} ${path}`);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): ChatRequestBody | null {
  try {
    return raw ? (JSON.parse(raw) as ChatRequestBody) : null;
  } catch {
    return null;
  }
}

function authorised(state: ServerState, req: IncomingMessage): boolean {
  const expected = state.options.apiKey;
  return expected === undefined || req.headers.authorization === `Bearer ${expected}`;
}

function listModels(state: ServerState, res: ServerResponse): void {
  const data = state.models.map((id) => ({
    id,
    object: 'model',
    created: 0,
    owned_by: 'promptledger-test',
  }));
  sendJson(res, 200, { object: 'list', data });
}

async function chat(
  state: ServerState,
  body: ChatRequestBody | null,
  res: ServerResponse,
): Promise<void> {
  if (!body || !Array.isArray(body.messages) || typeof body.model !== 'string') {
    return sendError(res, 400, 'request body must be JSON with model and messages');
  }
  if (!state.models.includes(body.model)) {
    return sendError(res, 404, `The model '${body.model}' does not exist`, {
      code: 'model_not_found',
    });
  }

  const rule = state.script.take(body);
  if (rule?.delayMs) await sleep(state, rule.delayMs);
  if (res.destroyed) return;
  if (rule?.fault && answerFault(rule, res)) return;

  const completion = buildCompletion(state, rule, body);
  if (body.stream) return stream(completion, body, rule, res);
  plain(completion, rule, res);
}

function plain(c: Completion, rule: ScriptRule | null, res: ServerResponse): void {
  const text = JSON.stringify(completionBody(c));
  const fault = rule?.fault?.kind;
  if (fault !== 'malformed' && fault !== 'cut-stream') return sendJson(res, 200, completionBody(c));

  // A body that stops half-way: either the connection drops or the JSON simply ends.
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write(text.slice(0, Math.floor(text.length / 2)));
  if (fault === 'cut-stream') dropLater(res);
  else res.end();
}

/** Drops the connection once what was written has had time to reach the client. */
function dropLater(res: ServerResponse): void {
  setTimeout(() => res.socket?.destroy(), 30);
}

function sleep(state: ServerState, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      state.timers.delete(timer);
      resolve();
    }, ms);
    state.timers.add(timer);
  });
}

/** Sends the faults that replace the whole answer; true when it did. */
function answerFault(rule: ScriptRule, res: ServerResponse): boolean {
  const fault = rule.fault;
  if (fault?.kind === 'rate-limit') {
    const headers = { 'retry-after': String(fault.retryAfterSeconds ?? 1) };
    sendError(res, 429, 'Rate limit reached for requests', {
      code: 'rate_limit_exceeded',
      headers,
    });
    return true;
  }
  if (fault?.kind === 'server') {
    sendError(res, fault.status ?? 500, 'The server had an error while processing your request.');
    return true;
  }
  return false;
}

function buildCompletion(
  state: ServerState,
  rule: ScriptRule | null,
  body: ChatRequestBody,
): Completion {
  const { text, cut } = limitAnswer(answerFor(rule, body), body);
  state.counter += 1;
  return {
    id: `chatcmpl-test-${state.counter}`,
    model: rule?.returnedModel ?? body.model ?? '',
    fingerprint: rule?.fingerprint ?? state.options.fingerprint ?? 'fp_test_0001',
    text,
    finishReason: cut ? 'length' : 'stop',
    promptTokens: promptTokens(body.messages ?? []),
    completionTokens: countTokens(text),
  };
}

function stream(
  c: Completion,
  body: ChatRequestBody,
  rule: ScriptRule | null,
  res: ServerResponse,
): void {
  const chunks = streamChunks(c, body.stream_options?.include_usage === true);
  startStream(res);
  if (rule?.fault?.kind === 'malformed') {
    writeEvent(res, '{"id": "chatcmpl-broken", "choices": [');
    res.end();
    return;
  }

  const cutAfter = rule?.fault?.kind === 'cut-stream' ? (rule.fault.afterChunks ?? 2) : Infinity;
  for (const [index, data] of chunks.entries()) {
    if (index >= cutAfter) return dropLater(res);
    writeEvent(res, data);
  }
  writeEvent(res, '[DONE]');
  res.end();
}
