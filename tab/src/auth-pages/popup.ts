/**
 * What the two pages of the Teams SSO consent popup share (auth-start.html, auth-end.html). They
 * only ever run inside the popup Teams opens for teamsfx's `TeamsUserCredential.login()`, so they
 * load teams-js directly; the tab itself never does so in a plain browser.
 *
 * The popup's MSAL is the copy teamsfx uses (see vite.config.ts): auth-end hands its
 * sessionStorage to teamsfx, which reads it with its own MSAL instance.
 */
import { PublicClientApplication } from '@azure/msal-browser';
import { app } from '@microsoft/teams-js';
import { translator } from '../i18n/catalogs';
import type { MessageKey } from '../i18n/en';
import { browserLocale, toLocale, type Locale } from '../i18n/locale';
import { withTimeout } from '../teams/with-timeout';
import './auth-page.css';

/** sessionStorage key that carries the client and tenant from auth-start to auth-end. */
const PENDING_KEY = 'casebridge.auth.pending';
const TEAMS_TIMEOUT_MS = 10_000;

export interface PendingSignIn {
  clientId: string;
  tenantId: string;
}

export type StatusKey = Extract<MessageKey, 'auth.signingIn' | 'auth.failed'>;

let locale: Locale = browserLocale(window.location.search, window.navigator.language);
let shown: StatusKey = 'auth.signingIn';

/** Shows one of the popup's messages in the current language. */
export function showStatus(key: StatusKey): void {
  shown = key;
  const t = translator(locale);
  document.documentElement.lang = locale;
  document.title = t('auth.title');
  const status = document.getElementById('status');
  if (status !== null) status.textContent = t(key);
}


/** Initializes teams-js in the popup; the context gives the language, theme and tenant. */
export async function initializeTeams(): Promise<app.Context> {
  await withTimeout(app.initialize(), TEAMS_TIMEOUT_MS);
  const context = await withTimeout(app.getContext(), TEAMS_TIMEOUT_MS);
  locale = toLocale(context.app.locale);
  if (context.app.theme !== undefined) document.body.dataset.theme = context.app.theme;
  showStatus(shown);
  return context;
}

/** A PublicClientApplication configured the way teamsfx configures its own. */
export async function createMsal(pending: PendingSignIn): Promise<PublicClientApplication> {
  const msal = new PublicClientApplication({
    auth: {
      clientId: pending.clientId,
      authority: `https://login.microsoftonline.com/${encodeURIComponent(pending.tenantId)}`,
      navigateToLoginRequestUrl: false,
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await msal.initialize();
  return msal;
}

export function savePending(pending: PendingSignIn): void {
  window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

/** The sign-in auth-start began in this popup, removed from storage; null if there is none. */
export function takePending(): PendingSignIn | null {
  const raw = window.sessionStorage.getItem(PENDING_KEY);
  window.sessionStorage.removeItem(PENDING_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { clientId, tenantId } = value as Partial<Record<keyof PendingSignIn, unknown>>;
    return typeof clientId === 'string' && typeof tenantId === 'string' ? { clientId, tenantId } : null;
  } catch {
    return null;
  }
}

/** Every sessionStorage entry (MSAL's cache after the redirect), as teamsfx expects them back. */
export function sessionStorageEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (let index = 0; index < window.sessionStorage.length; index += 1) {
    const key = window.sessionStorage.key(index);
    const value = key === null ? null : window.sessionStorage.getItem(key);
    if (key !== null && value !== null) entries[key] = value;
  }
  return entries;
}

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}
