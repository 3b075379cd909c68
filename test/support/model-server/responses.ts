import type { ServerResponse } from 'node:http';

/** The parts of a completion the server is about to send. */
export interface Completion {
  id: string;
  model: string;
  fingerprint: string;
  text: string;
  finishReason: 'stop' | 'length';
  promptTokens: number;
  completionTokens: number;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** An OpenAI-shaped error body. */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extra: { code?: string; headers?: Record<string, string> } = {},
): void {
  const type =
    status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error';
  sendJson(
    res,
    status,
    { error: { message, type, code: extra.code ?? null, param: null } },
    extra.headers,
  );
}

function usage(c: Completion): Record<string, number> {
  return {
    prompt_tokens: c.promptTokens,
    completion_tokens: c.completionTokens,
    total_tokens: c.promptTokens + c.completionTokens,
  };
}

export function completionBody(c: Completion): unknown {
  return {
    id: c.id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
    system_fingerprint: c.fingerprint,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: c.text },
        finish_reason: c.finishReason,
        logprobs: null,
      },
    ],
    usage: usage(c),
  };
}

function chunk(c: Completion, delta: Record<string, string>, finish: string | null): unknown {
  return {
    id: c.id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: c.model,
    system_fingerprint: c.fingerprint,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  };
}

/** Each SSE `data:` payload of a streamed completion, in order, without the final [DONE]. */
export function streamChunks(c: Completion, includeUsage: boolean): unknown[] {
  const pieces = c.text.split(/(?<=\s)(?=\S)/).filter((piece) => piece.length > 0);
  const chunks = [chunk(c, { role: 'assistant', content: '' }, null)];
  for (const piece of pieces) chunks.push(chunk(c, { content: piece }, null));
  chunks.push(chunk(c, {}, c.finishReason));
  if (includeUsage) {
    chunks.push({ ...(chunk(c, {}, null) as object), choices: [], usage: usage(c) });
  }
  return chunks;
}

export function startStream(res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
}

export function writeEvent(res: ServerResponse, data: unknown): void {
  res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
}
