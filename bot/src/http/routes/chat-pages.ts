/**
 * The embeddable customer chat widget (issue 13): `GET /chat/widget.js` and its source map, built
 * by scripts/build-widget.mjs into widget/dist. The URL is not hashed (customers paste it once),
 * so it is cached briefly and revalidated by ETag; any site may load it (CORS `*`, CORP
 * cross-origin), since what it may talk to is decided by the socket's Origin check, not here.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';

export const WIDGET_PATH = '/chat/widget.js';

/**
 * The app's root: the nearest directory above this module holding both package.json and widget/
 * (the repository in development and tests — bot/src/http/routes → the root — and the deployed app,
 * whose bundle runs from build/bot), else the working directory, which config.ts resolves its
 * default tab/dist against.
 */
export function appRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'widget'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** widget/dist under the app's root, wherever CASEBRIDGE_TAB_DIR puts the tab's build. */
export function widgetDir(): string {
  return path.join(appRoot(), 'widget', 'dist');
}

interface Cached {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  /** mtime and size of the file it was read from: a rebuild is picked up without a restart. */
  stamp: string;
}

const TYPES = { 'widget.js': 'text/javascript; charset=utf-8', 'widget.js.map': 'application/json; charset=utf-8' } as const;
type FileName = keyof typeof TYPES;
const NAMES: readonly FileName[] = ['widget.js', 'widget.js.map'];

/** Reads a built file once per change and answers it with its ETag. */
class WidgetFiles {
  private readonly cache = new Map<FileName, Cached>();

  constructor(private readonly dir: string) {}

  async get(name: FileName): Promise<Cached | null> {
    const file = path.join(this.dir, name);
    let stamp: string;
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
      stamp = `${info.mtimeMs}:${info.size}`;
    } catch {
      return null;
    }
    const cached = this.cache.get(name);
    if (cached?.stamp === stamp) return cached;
    const body = await readFile(file);
    const fresh = { body, gzip: gzipSync(body, { level: 9 }), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, stamp };
    this.cache.set(name, fresh);
    return fresh;
  }
}

/** True when Accept-Encoding takes gzip: named (or `*`) with a q above 0 (`gzip;q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const quality = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  const gzip = quality.get('gzip') ?? quality.get('x-gzip') ?? quality.get('*');
  return gzip !== undefined && gzip > 0;
}

/** True when If-None-Match names this ETag (or `*`). */
function notModified(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim().replace(/^W\//, '');
    return trimmed === etag || trimmed === '*';
  });
}

/** Mounts `GET /chat/widget.js` and `GET /chat/widget.js.map` (HEAD too), gzipped for clients that take it. */
export function mountChatPages(server: Server, options: { widgetDir: string }): void {
  const files = new WidgetFiles(options.widgetDir);
  const serve = (name: FileName) => async (req: Request, res: Response): Promise<void> => {
    const common = {
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': 'public, max-age=300, must-revalidate',
      vary: 'Accept-Encoding',
      'x-content-type-options': 'nosniff',
    };
    const file = await files.get(name);
    if (!file) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('The chat widget is not built. Run `npm run build` (npm start does it for you).');
      return;
    }
    // Each encoding is its own representation, with its own strong ETag.
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    const body = gzip ? file.gzip : file.body;
    const etag = gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag;
    if (notModified(req, etag)) {
      res.writeHead(304, { ...common, etag });
      res.end();
      return;
    }
    res.writeHead(200, { ...common, 'content-type': TYPES[name], 'content-length': body.length, etag, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  for (const name of NAMES) {
    server.get(`/chat/${name}`, serve(name));
    server.head(`/chat/${name}`, serve(name));
  }
}
