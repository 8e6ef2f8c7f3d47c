/**
 * Serves the built tab (tab/dist): hashed assets with long caching, and index.html for every
 * client-side route such as a record's canonical URL (A5). API paths never fall back to it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'restify';
import type { Locale } from '../domain/shared/types';
import { problemOf } from './problem';
import { sendProblem } from './send-problem';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const API_PREFIXES = ['/api/', '/dev/', '/sandbox/'];


async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A restify handler for GET requests no other route matched. */
export function staticHandler(tabDir: string, localeOf: (req: Request) => Locale, contentSecurityPolicy: string) {
  const root = path.resolve(tabDir);
  return async (req: Request, res: Response): Promise<void> => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      sendProblem(res, problemOf(404, 'error.notFound', localeOf(req)));
      return;
    }
    if (API_PREFIXES.some((p) => pathname.startsWith(p)) || pathname === '/api') {
      sendProblem(res, problemOf(404, 'error.notFound', localeOf(req)));
      return;
    }
    const candidate = path.resolve(root, `.${pathname}`);
    const inside = candidate.startsWith(root + path.sep);
    const file = inside && (await isFile(candidate)) ? candidate : path.join(root, 'index.html');
    if (!(await isFile(file))) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The tab is not built. Run `npm run build` (npm start does it for you).');
      return;
    }
    const immutable = file.includes(`${path.sep}assets${path.sep}`);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(type.startsWith('text/html') ? { 'content-security-policy': contentSecurityPolicy } : {}),
    });
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}
