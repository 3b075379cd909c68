import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside root, or null when it would leave root (`..`, encoded
 * slashes, NUL bytes) so traversal is refused before the file system is touched.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  const base = resolve(root);
  const full = resolve(base, `.${decoded}`);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/** Serves one file; 404 when absent or a directory. */
export async function sendFile(res: ServerResponse, path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) {
    sendText(res, 404, 'not found');
    return;
  }

  const body = await readFile(path);
  res.writeHead(200, {
    'content-type': contentType(path),
    'content-length': body.length,
    'cache-control': 'no-cache',
  });
  res.end(body);
}

// Monaco sets inline styles and runs its worker from a bundled file; nothing loads from elsewhere.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * index.html with the token in a meta tag. Only called for a request that already carried the
 * right `?token=`, so another local page fetching `/` gets the page without it.
 */
export async function sendIndex(res: ServerResponse, root: string, token: string | null) {
  const html = await readFile(resolve(root, 'index.html'), 'utf8').catch(() => null);
  if (html === null) {
    sendText(res, 404, 'host: index.html missing; run `npx vite build` first');
    return;
  }

  const meta = token === null ? '' : `<meta name="promptledger-token" content="${token}">`;
  const body = html.replace('<head>', `<head>${meta}`);
  res.writeHead(200, {
    'content-type': contentTypes['.html'] ?? 'text/html',
    'cache-control': 'no-store',
    'content-security-policy': csp,
  });
  res.end(body);
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
