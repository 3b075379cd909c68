import { request } from 'node:http';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors.ts';
import type { Backend, EventListener } from '../../../electron/backend/types.ts';
import { startHost, type Host } from '../../../electron/host/index.ts';

/** A stand-in backend: the host is a transport, so only calls and events matter here. */
function fakeBackend() {
  const listeners = new Set<EventListener>();
  const backend: Backend = {
    workspacePath: '/tmp/fake.sqlite',
    async call(method, input) {
      if (method === 'workspace.info')
        return { path: '/tmp/fake.sqlite', schemaVersion: 1, user: 't' };
      if (method === 'prompts.create') return { echo: input };
      if (method === 'versions.list') throw new ApiError('not-found', 'prompts: no prompt "x"');
      throw new Error('boom');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {},
  };
  const emit: EventListener = (event, payload) => listeners.forEach((l) => l(event, payload));
  return { backend, emit, listeners };
}

interface Raw {
  status: number;
  body: string;
}

/** node:http rather than fetch, so the Host header can be forged like a rebinding page would. */
function raw(
  port: number,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Raw>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser host', () => {
  let dir: string;
  let host: Host;
  let fake: ReturnType<typeof fakeBackend>;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pl-host-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><html><head><title>t</title></head></html>',
    );
    await writeFile(join(dir, 'assets', 'app.js'), 'export {};');
    await writeFile(join(dir, 'assets', 'x.wasm'), Buffer.from([0, 97, 115, 109]));
    fake = fakeBackend();
    host = await startHost({ backend: fake.backend, port: 0, staticDir: dir });
  });

  afterEach(async () => {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  });

  const call = (method: string, body: unknown, token: string | null = host.token) =>
    fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { 'x-promptledger-token': token } : {}),
      },
      body: JSON.stringify(body),
    });

  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses an API call without the token or with a wrong one', async () => {
    expect((await call('workspace.info', {}, null)).status).toBe(401);
    expect((await call('workspace.info', {}, 'nope')).status).toBe(401);
    expect((await call('workspace.info', {})).status).toBe(200);
  });

  it('refuses a request whose Host is not its own loopback name (DNS rebinding)', async () => {
    const headers = { host: `evil.example:${host.port}`, 'x-promptledger-token': host.token };
    const res = await raw(host.port, '/api/workspace.info', {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(res.status).toBe(403);

    const ok = await raw(host.port, '/api/workspace.info', {
      method: 'POST',
      headers: { host: `localhost:${host.port}`, 'x-promptledger-token': host.token },
      body: '{}',
    });
    expect(ok.status).toBe(200);
  });

  it('refuses a call from a foreign Origin', async () => {
    const headers = { origin: 'http://evil.example', 'x-promptledger-token': host.token };
    const res = await raw(host.port, '/api/workspace.info', {
      method: 'POST',
      headers,
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  it('answers an unknown method with 400 naming it', async () => {
    const res = await call('prompts.destroyEverything', {});
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      kind: 'invalid-input',
      message: 'host: unknown method "prompts.destroyEverything"',
    });
  });

  it('passes the JSON body to the backend and returns its result', async () => {
    const res = await call('prompts.create', { slug: 'a' });
    expect(await res.json()).toEqual({ echo: { slug: 'a' } });
  });

  it('maps an expected failure to its status and a bug to an opaque 500', async () => {
    const missing = await call('versions.list', { slug: 'x' });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ kind: 'not-found', message: 'prompts: no prompt "x"' });

    const bug = await call('runs.list', {});
    expect(bug.status).toBe(500);
    expect(((await bug.json()) as { kind: string }).kind).toBe('internal');
  });

  it('refuses a body that is not JSON, and one over the size limit', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/api/prompts.create`, {
      method: 'POST',
      headers: { 'x-promptledger-token': host.token },
      body: '{nope',
    });
    expect(res.status).toBe(400);

    const big = await call('prompts.create', { text: 'x'.repeat(21 * 1024 * 1024) });
    expect(big.status).toBe(413);
  });

  it('delivers a backend event over SSE, authenticated by ?token=', async () => {
    const denied = await fetch(`http://127.0.0.1:${host.port}/api/events`);
    expect(denied.status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${host.token}`, {
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    await expect.poll(() => fake.listeners.size).toBe(1);

    fake.emit('run.progress', { runId: 'r1', done: 1, total: 2 });
    let text = '';
    while (!text.includes('\n\ndata') && !text.includes('"done":1')) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('event: run.progress\ndata: {"runId":"r1","done":1,"total":2}\n\n');

    controller.abort();
    await expect.poll(() => fake.listeners.size).toBe(0);
  });

  it('injects the token into index.html only for the URL that carries it', async () => {
    const withToken = await (await fetch(host.url)).text();
    expect(withToken).toContain(`<meta name="promptledger-token" content="${host.token}">`);

    const without = await (await fetch(`http://127.0.0.1:${host.port}/`)).text();
    expect(without).not.toContain(host.token);
    expect(without).toContain('<title>t</title>');
  });

  it('serves static files with their content types and refuses traversal', async () => {
    const js = await fetch(`http://127.0.0.1:${host.port}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    const wasm = await fetch(`http://127.0.0.1:${host.port}/assets/x.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');

    const up = await raw(host.port, '/../../etc/passwd', {
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect([403, 404]).toContain(up.status);
    expect(up.body).not.toContain('root:');
    // URL parsing folds `%2e%2e/`; an encoded slash survives it and must be refused by the host.
    const encoded = await raw(host.port, '/..%2f..%2f..%2fetc%2fpasswd', {
      headers: { host: `127.0.0.1:${host.port}` },
    });
    expect(encoded.status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${host.port}/nope.js`)).status).toBe(404);
  });
});
