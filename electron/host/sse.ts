import type { ServerResponse } from 'node:http';
import type { Backend } from '../backend/types.ts';

/** Proxies and idle timeouts drop silent connections; a comment line every 15 s keeps it open. */
const keepaliveMs = 15_000;

/** GET /api/events: every backend event as `event: <name>\ndata: <json>\n\n`. */
export function openEventStream(res: ServerResponse, backend: Backend): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 2000\n: connected\n\n');

  const unsubscribe = backend.subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const timer = setInterval(() => res.write(': keepalive\n\n'), keepaliveMs);
  timer.unref();

  res.on('close', () => {
    clearInterval(timer);
    unsubscribe();
  });
}
