import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethodName } from '../../shared/api/contract.ts';
import { ApiErrorKind, type ApiErrorBody } from '../../shared/api/errors.ts';
import { logger } from '../services/logger.ts';
import type { Backend } from '../backend/types.ts';

const log = logger('host');

/** Golden imports travel as text in the body; 20 MB covers large sets with room to spare. */
export const maxBodyBytes = 20 * 1024 * 1024;

const statusOf: Record<ApiErrorKind, number> = {
  'invalid-input': 400,
  import: 400,
  template: 400,
  provider: 400,
  export: 400,
  'not-found': 404,
  conflict: 409,
  database: 500,
  internal: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, body: ApiErrorBody): void {
  sendJson(res, status, body);
}

/** An expected failure carries `{ kind, message }`; anything else is a bug and stays opaque. */
export function errorBody(error: unknown): ApiErrorBody {
  const kind = ApiErrorKind.safeParse((error as { kind?: unknown } | null)?.kind);
  const message = (error as { message?: unknown } | null)?.message;
  if (kind.success && typeof message === 'string') return { kind: kind.data, message };

  log.error({ err: error }, 'backend call failed unexpectedly');
  return { kind: 'internal', message: 'host: internal error (see the log)' };
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw new BodyTooLarge();

  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** POST /api/<method>: JSON in, the backend's result or `{ kind, message }` out. */
export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  backend: Backend,
  method: string,
): Promise<void> {
  if (!isMethodName(method)) {
    sendError(res, 400, { kind: 'invalid-input', message: `host: unknown method "${method}"` });
    return;
  }

  let text: string;
  try {
    text = await readBody(req);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    res.setHeader('connection', 'close');
    sendError(res, 413, { kind: 'invalid-input', message: 'host: request body over 20 MB' });
    return;
  }

  const parsed = parseJson(text);
  if (!parsed.ok) {
    sendError(res, 400, { kind: 'invalid-input', message: `host: ${method}: body is not JSON` });
    return;
  }

  try {
    sendJson(res, 200, (await backend.call(method, parsed.value)) ?? null);
  } catch (error) {
    const body = errorBody(error);
    sendError(res, statusOf[body.kind], body);
  }
}
