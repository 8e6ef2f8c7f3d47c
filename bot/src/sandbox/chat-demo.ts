/**
 * Local mode's demo customer page, `GET /chat/demo` (issue 13): a page standing in for a Contoso
 * customer's web site, with the chat widget on it through ONE script tag, for the demo tenant's
 * chat site `web`. It says what it is, in the visitor's language (`?lang=en|da|sv`, else the
 * browser's; `?lang` is handed to the widget as data-lang too). Its Content-Security-Policy is as
 * strict as a careful customer's: scripts from this origin only, its one style by hash, sockets
 * to this origin; the widget works under it (constructed style sheets, no inline script).
 */
import { createHash } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { Locale } from '../domain/shared/types';
import { resolveLocale, t } from '../i18n/catalog';
import { WIDGET_PATH } from '../http/routes/chat-pages';

export const CHAT_DEMO_PATH = '/chat/demo';
/** The demo tenant's chat site (seeded with the demo data). */
export const DEMO_CHAT_SITE = 'web';

const STYLE = `*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:16px/1.6 Georgia,"Times New Roman",serif;color:#222;background:#faf7f2}
header{padding:1rem 1.5rem;background:#2d4a3e;color:#fff}
header p{margin:0;font:700 1.25rem/1.2 system-ui,sans-serif;letter-spacing:.02em}
main{max-width:42rem;margin:0 auto;padding:1.5rem}
h1{font-size:2rem;line-height:1.2}
pre{overflow-x:auto;padding:1rem;background:#fff;border:1px solid #bbb;border-radius:6px;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere}
/* Rules of a careless site (this page uses none of these elements): they would wreck a widget living in the page itself. */
div,button,ol,li,form,input,textarea,label,span{font-family:"Comic Sans MS",cursive!important;letter-spacing:.2em;text-transform:uppercase;color:red!important;background:yellow!important;display:inline;position:static}`;

const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The request's own origin (the page shows the tag as a customer would paste it): the service's
 * public URL when the request came to its host, else the well-formed Host header with the
 * request's scheme (https on a TLS socket or behind a proxy that says so).
 */
export function originOf(req: Pick<Request, 'headers'> & { socket?: unknown }, publicUrl?: string): string | null {
  const host = req.headers.host ?? '';
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/.test(host)) return null;
  if (publicUrl) {
    const url = new URL(publicUrl);
    if (url.host.toLowerCase() === host.toLowerCase()) return url.origin;
  }
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  const tls = typeof req.socket === 'object' && req.socket !== null && 'encrypted' in req.socket && req.socket.encrypted === true;
  return `${tls || forwarded === 'https' ? 'https' : 'http'}://${host}`;
}

/** The demo page's HTML. */
export function renderChatDemo(locale: Locale, options: { tenantId: string; siteId: string; origin: string | null; lang: Locale | null }): string {
  const src = `${options.origin ?? ''}${WIDGET_PATH}`;
  const lang = options.lang ? ` data-lang="${options.lang}"` : '';
  const tag = `<script src="${escapeHtml(src)}" data-tenant="${escapeHtml(options.tenantId)}" data-site="${escapeHtml(options.siteId)}"${lang} async></script>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t(locale, 'chatwidget.demo.title'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header><p>Contoso</p></header>
<main>
<h1>${escapeHtml(t(locale, 'chatwidget.demo.heading'))}</h1>
<p>${escapeHtml(t(locale, 'chatwidget.demo.lead'))}</p>
<p>${escapeHtml(t(locale, 'chatwidget.demo.how'))}</p>
<h2>${escapeHtml(t(locale, 'chatwidget.demo.tag'))}</h2>
<pre><code>${escapeHtml(tag)}</code></pre>
</main>
${tag}
</body>
</html>
`;
}

/** The page's policy: nothing but this origin's script, the page's own style, and sockets to this origin. */
export function chatDemoContentSecurityPolicy(origin: string | null): string {
  const sockets = origin ? ` ${origin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${STYLE_HASH}`,
    `connect-src 'self'${sockets}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Mounts `GET /chat/demo` for the demo tenant's site (`publicUrl`: config.publicUrl, the scheme and host the service is reached at). */
export function mountChatDemo(server: Server, options: { tenantId: string; siteId?: string; publicUrl?: string }): void {
  server.get(CHAT_DEMO_PATH, async (req: Request, res: Response): Promise<void> => {
    const asked = new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
    const lang: Locale | null = asked === 'en' || asked === 'da' || asked === 'sv' ? asked : null;
    const locale = lang ?? resolveLocale(req.headers['accept-language']);
    const origin = originOf(req, options.publicUrl);
    const body = renderChatDemo(locale, { tenantId: options.tenantId, siteId: options.siteId ?? DEMO_CHAT_SITE, origin, lang });
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'content-security-policy': chatDemoContentSecurityPolicy(origin),
    });
    res.end(body);
  });
}
