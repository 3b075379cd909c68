import { afterEach, describe, expect, it } from 'vitest';
import { startModelServer } from './index.ts';
import type { ModelServer, ModelServerOptions } from './types.ts';

let server: ModelServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: ModelServerOptions = {}): Promise<ModelServer> {
  server = await startModelServer(options);
  return server;
}

function post(
  s: ModelServer,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${s.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

const ask = (content: string, extra: Record<string, unknown> = {}) => ({
  model: 'echo-1',
  messages: [{ role: 'user', content }],
  ...extra,
});

/** The parts of a response body these tests read. */
interface Body {
  model: string;
  system_fingerprint: string;
  choices: Array<{
    message: { content: string };
    delta?: { content?: string };
    finish_reason: string | null;
  }>;
  usage?: Record<string, number>;
  error: { code: string | null };
}

function sseData(text: string): string[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice('data: '.length));
}

describe('model server', () => {
  it('listens on 127.0.0.1 and lists its configured models', async () => {
    const s = await start({ models: ['a', 'b'] });
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);

    const body = (await (await fetch(`${s.url}/models`)).json()) as { data: Array<{ id: string }> };
    expect(body.data.map((model) => model.id)).toEqual(['a', 'b']);
  });

  it('echoes the last user message with usage, fingerprint and model by default', async () => {
    const s = await start();
    const res = await post(s, ask('hello there world'));
    const body = (await res.json()) as Body;

    expect(body.choices[0]?.message.content).toBe('echo: hello there world');
    expect(body.usage).toEqual({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
    expect(body.model).toBe('echo-1');
    expect(body.system_fingerprint).toBe('fp_test_0001');
    expect(s.requests[0]?.body?.messages?.[0]?.content).toBe('hello there world');
  });

  it('answers from the first matching rule by model and message', async () => {
    const s = await start({
      script: [
        { model: 'echo-2', match: 'ticket', answer: 'two' },
        { match: /tick/, answer: 'any model', returnedModel: 'echo-1-2026' },
      ],
    });
    const first = (await (await post(s, ask('my ticket'))).json()) as Body;
    const second = (await (await post(s, { ...ask('my ticket'), model: 'echo-2' })).json()) as Body;

    expect(first.choices[0]?.message.content).toBe('any model');
    expect(first.model).toBe('echo-1-2026');
    expect(second.choices[0]?.message.content).toBe('two');
  });

  it('streams SSE chunks with usage in the last one and then [DONE]', async () => {
    const s = await start({ script: [{ answer: 'one two three' }] });
    const res = await post(s, ask('x', { stream: true, stream_options: { include_usage: true } }));
    expect(res.headers.get('content-type')).toContain('text/event-stream');

    const data = sseData(await res.text());
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((item) => JSON.parse(item) as Body);
    const text = chunks.map((c) => c.choices[0]?.delta?.content ?? '').join('');
    expect(text).toBe('one two three');
    expect(chunks.at(-1)?.usage).toEqual({
      prompt_tokens: 1,
      completion_tokens: 3,
      total_tokens: 4,
    });
  });

  it('cuts an answer at max_tokens words and says so in finish_reason', async () => {
    const s = await start({ script: [{ answer: 'a b c d e' }] });
    const body = (await (await post(s, ask('x', { max_tokens: 2 }))).json()) as Body;

    expect(body.choices[0]?.message.content).toBe('a b');
    expect(body.choices[0]?.finish_reason).toBe('length');
  });

  it('answers 429 with Retry-After for the first N calls and then succeeds', async () => {
    const s = await start({
      script: [{ times: 2, fault: { kind: 'rate-limit', retryAfterSeconds: 3 } }],
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await post(s, ask('x')));

    expect(statuses.map((res) => res.status)).toEqual([429, 429, 200]);
    expect(statuses[0]?.headers.get('retry-after')).toBe('3');
  });

  it('refuses a wrong key with 401 and an unknown model with 404', async () => {
    const s = await start({ apiKey: 'sk-right' });
    const wrong = await post(s, ask('x'), { authorization: 'Bearer sk-wrong' });
    const unknown = await post(
      s,
      { ...ask('x'), model: 'gpt-nope' },
      { authorization: 'Bearer sk-right' },
    );

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as Body).error.code).toBe('model_not_found');
  });

  it('scripts a 500, a slow answer, a malformed body and a stream cut short', async () => {
    const s = await start({
      script: [
        { match: 'boom', fault: { kind: 'server' } },
        { match: 'slow', delayMs: 150 },
        { match: 'bad', fault: { kind: 'malformed' } },
        { match: 'cut', fault: { kind: 'cut-stream', afterChunks: 2 } },
      ],
    });
    expect((await post(s, ask('boom'))).status).toBe(500);

    const started = Date.now();
    await (await post(s, ask('slow'))).json();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    await expect((await post(s, ask('bad'))).json()).rejects.toThrow();
    const cut = await post(s, ask('cut', { stream: true }));
    await expect(cut.text()).rejects.toThrow();
  });

  it('lets a test add a rule that wins over the earlier ones', async () => {
    const s = await start({ script: [{ answer: 'old' }] });
    s.script({ answer: 'new' });
    const body = (await (await post(s, ask('x'))).json()) as Body;

    expect(body.choices[0]?.message.content).toBe('new');
  });
});
