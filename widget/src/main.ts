/**
 * The embeddable customer chat (issue 13): one tag on the customer's page,
 *
 *   <script src="https://casebridge.example/chat/widget.js" data-tenant="…" data-site="…" async></script>
 *
 * optionally with data-lang="en|da|sv". The widget lives in a shadow root on its own element, so
 * the page's CSS cannot break it and it cannot break the page; it talks to `/chat/ws` on the
 * script's own origin. A site with signed-in users passes them with
 * `window.CasebridgeChat.identify({ userId, name, email, signature })` (or sets
 * `window.CasebridgeChat = { identity: {…} }` before the script loads); `open()` and `close()`
 * work the panel. When it is ready the widget dispatches `casebridgechat:ready` on window.
 */
import { ChatWidget, type Identity } from './controller';
import { isLang, langOf, type Lang } from './i18n';
import { adoptStyle } from './styles';

interface Api {
  identify(identity: Identity): void;
  open(): void;
  close(): void;
  version: string;
}

declare global {
  interface Window {
    CasebridgeChat?: Partial<Api> & { identity?: Identity };
  }
}

function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.userId === 'string' && typeof v.name === 'string' && typeof v.email === 'string' && typeof v.signature === 'string' && /^[0-9a-f]{64}$/.test(v.signature);
}

function ownScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.dataset.tenant) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="/chat/widget.js"][data-tenant]');
}

function language(script: HTMLScriptElement): Lang | null {
  const asked = script.dataset.lang?.toLowerCase();
  if (isLang(asked)) return asked;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langOf(languages);
}

function boot(): void {
  const script = ownScript();
  const tenant = script?.dataset.tenant;
  const site = script?.dataset.site;
  if (!script || !tenant || !site || window.CasebridgeChat?.version) return;
  const widget = new ChatWidget({ origin: new URL(script.src, location.href).origin, tenant, site, lang: language(script) });
  const host = document.createElement('casebridge-chat');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyle(shadow);
  shadow.append(widget.view.root);
  const mount = () => document.body.append(host);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });

  const early = window.CasebridgeChat?.identity;
  const api: Api = {
    identify: (identity) => {
      if (isIdentity(identity)) widget.identify(identity);
    },
    open: () => widget.open(),
    close: () => widget.close(),
    version: '1',
  };
  window.CasebridgeChat = api;
  if (early !== undefined) api.identify(early);
  window.dispatchEvent(new Event('casebridgechat:ready'));
}

boot();
