import { afterEach, describe, expect, it } from 'vitest';
import { startModelServer } from '../../../support/model-server/index.ts';
import type { ModelServer, ModelServerOptions } from '../../../support/model-server/index.ts';
import {
  callChat,
  detectLocalServers,
  endpointPresets,
  listModels,
  tryListModels,
} from '../../../../electron/services/providers/index.ts';
import type { ChatRequest } from '../../../../electron/services/providers/index.ts';
import type { Endpoint, EndpointId } from '../../../../shared/domain/index.ts';

let server: ModelServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: ModelServerOptions = {}): Promise<ModelServer> {
  server = await startModelServer(options);
  return server;
}

function endpoint(baseUrl: string, over: Partial<Endpoint> = {}): Endpoint {
  return {
    id: 'ep-test' as EndpointId,
    name: 'test',
    baseUrl,
    apiKeyRef: null,
    models: [],
    priceInPerM: 2,
    priceOutPerM: 10,
    concurrency: 2,
    timeoutMs: 5000,
    ...over,
  };
}

function request(baseUrl: string, over: Partial<ChatRequest> = {}): ChatRequest {
  return {
    endpoint: endpoint(baseUrl),
    apiKey: undefined,
    model: 'echo-1',
    messages: [{ role: 'user', content: 'one two three' }],
    params: {},
    ...over,
  };
}

describe('callChat', () => {
  it('streams an answer with time to first token, usage, model, fingerprint and cost', async () => {
    const s = await start({
      script: [{ answer: 'alpha beta', returnedModel: 'echo-1-0613', fingerprint: 'fp_x' }],
    });
    const result = await callChat(request(s.url));

    expect(result).toMatchObject({
      ok: true,
      output: 'alpha beta',
      finishReason: 'stop',
      tokensIn: 3,
      tokensOut: 2,
      returnedModel: 'echo-1-0613',
      fingerprint: 'fp_x',
      attempts: 1,
    });
    if (!result.ok) return;
    expect(result.cost).toBeCloseTo((3 * 2 + 2 * 10) / 1_000_000);
    expect(result.ttftMs).toBeGreaterThanOrEqual(0);
    expect(result.latencyMs).toBeGreaterThanOrEqual(result.ttftMs ?? 0);
  });

  it('sends the parameters, asks for usage in the stream and a placeholder key for local servers', async () => {
    const s = await start();
    const params = {
      temperature: 0.2,
      max_tokens: 50,
      seed: 7,
      response_format: { type: 'json_object' as const },
    };
    await callChat(request(s.url, { params }));
    const sent = s.requests[0];

    expect(sent?.body).toMatchObject({
      ...params,
      model: 'echo-1',
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(sent?.headers.authorization).toBe('Bearer not-needed');
  });

  it('reports a bad key as auth without the key in the message', async () => {
    const s = await start({ apiKey: 'sk-right-key-123456' });
    const result = await callChat(request(s.url, { apiKey: 'sk-wrong-key-987654' }));

    expect(result).toMatchObject({ ok: false, kind: 'auth' });
    if (result.ok) return;
    expect(result.message).not.toContain('sk-wrong');
    expect(result.message).toContain(s.url);
  });

  it('says which key variable is unset when a call without a key is refused', async () => {
    const s = await start({ apiKey: 'sk-right-key-123456' });
    const ep = endpoint(s.url, { apiKeyRef: 'MY_UNSET_KEY' });
    const result = await callChat(request(s.url, { endpoint: ep }));
    expect(result.ok ? '' : result.message).toContain('no key was sent: MY_UNSET_KEY is not set');
  });

  it('suggests /v1 when a base URL without it answers 404', async () => {
    const s = await start();
    const bare = s.url.replace(/\/v1$/, '');
    const result = await tryListModels(endpoint(bare), undefined);
    expect(result.ok ? '' : result.message).toContain(`is the base URL missing /v1 (${bare}/v1)?`);
  });

  it('reports an unknown model as not-found', async () => {
    const s = await start();
    const result = await callChat(request(s.url, { model: 'gpt-nope' }));
    expect(result).toMatchObject({ ok: false, kind: 'not-found' });
    expect(result.ok ? '' : result.message).toContain("model 'gpt-nope' not found");
  });

  it('retries a 429 after its Retry-After and then succeeds', async () => {
    const s = await start({
      script: [{ times: 2, fault: { kind: 'rate-limit', retryAfterSeconds: 0.2 } }],
    });
    const started = Date.now();
    const result = await callChat(request(s.url));

    expect(result).toMatchObject({ ok: true, attempts: 3, output: 'echo: one two three' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(s.requests).toHaveLength(3);
  });

  it('gives up on a 429 after its retries, with the Retry-After it was told', async () => {
    const s = await start({ script: [{ fault: { kind: 'rate-limit', retryAfterSeconds: 0.05 } }] });
    const result = await callChat(request(s.url, { retry: { retries: 1, maxWaitMs: 1000 } }));

    expect(result).toMatchObject({ ok: false, kind: 'rate-limit', retryAfterMs: 50, attempts: 2 });
  });

  it('reports a 500 as server and a slow answer as timeout', async () => {
    const s = await start({
      script: [
        { match: 'boom', fault: { kind: 'server' } },
        { match: 'slow', delayMs: 2000 },
      ],
    });
    const boom = await callChat(request(s.url, { messages: [{ role: 'user', content: 'boom' }] }));
    const slow = await callChat({
      ...request(s.url, { messages: [{ role: 'user', content: 'slow' }] }),
      endpoint: endpoint(s.url, { timeoutMs: 200 }),
    });

    expect(boom).toMatchObject({ ok: false, kind: 'server' });
    expect(slow).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('reports a refused connection with the URL', async () => {
    const closed = await start();
    const url = closed.url;
    await closed.close();
    server = undefined;

    const result = await callChat(request(url));
    expect(result).toMatchObject({
      ok: false,
      kind: 'connection',
      message: `provider: connection refused at ${url}`,
    });
  });

  it('reports port 1, which fetch blocks, as a refused connection too', async () => {
    const result = await callChat(request('http://127.0.0.1:1/v1'));
    expect(result).toMatchObject({ ok: false, kind: 'connection' });
    expect(result.ok ? '' : result.message).toMatch(
      /^provider: connection refused at http:\/\/127\.0\.0\.1:1\/v1/,
    );
  });

  it('reports a malformed body and a stream cut short as bad-response', async () => {
    const s = await start({
      script: [
        { match: 'bad', fault: { kind: 'malformed' } },
        { match: 'cut', fault: { kind: 'cut-stream' } },
      ],
    });
    const bad = await callChat(request(s.url, { messages: [{ role: 'user', content: 'bad' }] }));
    const cut = await callChat(request(s.url, { messages: [{ role: 'user', content: 'cut' }] }));

    expect(bad).toMatchObject({ ok: false, kind: 'bad-response' });
    expect(cut).toMatchObject({ ok: false, kind: 'bad-response' });
  });

  it('reports a cancelled call as cancelled', async () => {
    const s = await start({ script: [{ delayMs: 2000 }] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await callChat(request(s.url, { signal: controller.signal }))).toMatchObject({
      ok: false,
      kind: 'cancelled',
    });
  });
});

describe('listModels and detectLocalServers', () => {
  it('lists the models an endpoint serves', async () => {
    const s = await start({ models: ['m1', 'm2'] });
    expect(await listModels({ baseUrl: s.url }, undefined)).toEqual(['m1', 'm2']);
    expect(await tryListModels({ baseUrl: 'http://127.0.0.1:1/v1' }, undefined)).toMatchObject({
      ok: false,
      kind: 'connection',
    });
    await expect(listModels({ baseUrl: 'http://127.0.0.1:1/v1' }, undefined)).rejects.toThrow(
      'provider: connection refused at http://127.0.0.1:1/v1',
    );
  });

  it('finds only the local servers that answer', async () => {
    const s = await start({ models: ['tiny'] });
    const presets = [
      ...endpointPresets(),
      { name: 'ours', baseUrl: s.url, apiKeyRef: null, local: true },
      { name: 'dead', baseUrl: 'http://127.0.0.1:1/v1', apiKeyRef: null, local: true },
    ];
    const found = await detectLocalServers(
      presets.filter((preset) => preset.name === 'ours' || preset.name === 'dead'),
    );

    expect(found).toEqual([{ name: 'ours', baseUrl: s.url, models: ['tiny'] }]);
    expect(endpointPresets().map((preset) => preset.baseUrl)).toContain(
      'http://127.0.0.1:11434/v1',
    );
  });
});
