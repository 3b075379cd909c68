import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../backend/types.ts';
import { logger } from '../services/logger.ts';
import { handleCall, sendError } from './api.ts';
import { openEventStream } from './sse.ts';
import { hostAllowed, newToken, originAllowed, requestToken, tokenMatches } from './security.ts';
import { resolveStatic, sendFile, sendIndex, sendText } from './static.ts';

const log = logger('host');

export interface HostOptions {
  backend: Backend;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer, usually dist/renderer. */
  staticDir: string;
}

export interface Host {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

interface Route {
  backend: Backend;
  staticDir: string;
  token: string;
  port: number;
}

/** Headers on every response: no sniffing, and no Referer that could carry the token away. */
function secure(res: ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
}

async function route(req: IncomingMessage, res: ServerResponse, r: Route): Promise<void> {
  secure(res);
  if (!hostAllowed(req, r.port) || !originAllowed(req, r.port)) {
    sendText(res, 403, 'host: foreign Host or Origin refused');
    return;
  }

  const url = new URL(req.url ?? '/', `http://127.0.0.1:${r.port}`);
  if (url.pathname.startsWith('/api/')) {
    await routeApi(req, res, r, url);
    return;
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'host: method not allowed');
    return;
  }

  if (url.pathname === '/' || url.pathname === '/index.html') {
    const given = url.searchParams.get('token');
    await sendIndex(res, r.staticDir, tokenMatches(r.token, given) ? r.token : null);
    return;
  }

  const file = resolveStatic(r.staticDir, url.pathname);
  if (file === null) sendText(res, 403, 'host: path outside the renderer refused');
  else await sendFile(res, file);
}

async function routeApi(req: IncomingMessage, res: ServerResponse, r: Route, url: URL) {
  if (!tokenMatches(r.token, requestToken(req, url))) {
    sendError(res, 401, {
      kind: 'invalid-input',
      message:
        "host: this page's access token is missing or out of date (the app may have restarted); open the URL that npm start or promptledger serve printed",
    });
    return;
  }

  if (url.pathname === '/api/events' && req.method === 'GET') {
    openEventStream(res, r.backend);
    return;
  }

  if (req.method !== 'POST') {
    sendError(res, 405, { kind: 'invalid-input', message: 'host: API calls are POST' });
    return;
  }
  await handleCall(req, res, r.backend, decodeURIComponent(url.pathname.slice('/api/'.length)));
}

/** Serves the renderer and the API to a browser on 127.0.0.1 only, guarded by a launch token. */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = newToken();
  const r: Route = { backend: options.backend, staticDir: options.staticDir, token, port: 0 };

  const server = createServer((req, res) => {
    route(req, res, r).catch((error: unknown) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendText(res, 500, 'host: internal error');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  r.port = (server.address() as AddressInfo).port;

  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });

  const url = `http://127.0.0.1:${r.port}/?token=${token}`;
  return { url, port: r.port, token, close };
}
