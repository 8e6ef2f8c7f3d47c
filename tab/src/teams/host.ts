/**
 * Where the tab runs: inside Microsoft Teams (or another Microsoft 365 host) or in a plain browser.
 * Inside Teams the locale and theme come from the Teams context.
 */
import { browserLocale, toLocale, type Locale } from '../i18n/locale';
import { loadTeamsSdk } from './sdk';
import { toThemeName, type ThemeName } from './theme';
import { withTimeout } from './with-timeout';

export interface Host {
  inTeams: boolean;
  locale: Locale;
  theme: ThemeName;
}

/** Teams loads the tab with `?inTeams=true` (the configured contentUrl) and always in an iframe. */
export function looksLikeTeams(win: Window): boolean {
  if (new URLSearchParams(win.location.search).get('inTeams') === 'true') return true;
  try {
    return win.self !== win.top;
  } catch {
    return true; // a cross-origin parent: an iframe for sure
  }
}

function prefersDark(win: Window): boolean {
  return typeof win.matchMedia === 'function' && win.matchMedia('(prefers-color-scheme: dark)').matches;
}


/**
 * How long an embedded page waits for a Teams host to answer before it takes itself for a plain
 * browser page. Teams answers teams-js within a few hundred milliseconds; a page framed by anything
 * else never answers, and shows a spinner meanwhile.
 */
export const TEAMS_HOST_TIMEOUT_MS = 2_000;

/** The host as a plain browser sees it: the browser's language and colour scheme. */
export function browserHost(win: Window): Host {
  return {
    inTeams: false,
    locale: browserLocale(win.location.search, win.navigator.language),
    theme: prefersDark(win) ? 'webDark' : 'webLight',
  };
}

/**
 * Detects the host and, inside Teams, initializes teams-js and reads the context. A page that only
 * looks embedded but gets no answer from a Teams host is treated as a plain browser.
 */
export async function detectHost(win: Window): Promise<Host> {
  const browser = browserHost(win);
  if (!looksLikeTeams(win)) return browser;
  try {
    const { app } = await loadTeamsSdk();
    await withTimeout(app.initialize(), TEAMS_HOST_TIMEOUT_MS);
    const context = await app.getContext();
    return { inTeams: true, locale: toLocale(context.app.locale), theme: toThemeName(context.app.theme) };
  } catch (error) {
    console.warn('Casebridge: not running inside Teams after all', error);
    return browser;
  }
}

/** Follows Teams theme changes (light, dark, high contrast). */
export function onTeamsThemeChange(handler: (theme: ThemeName) => void): void {
  loadTeamsSdk().then(
    ({ app }) => app.registerOnThemeChangeHandler((theme) => handler(toThemeName(theme))),
    (error: unknown) => console.warn('Casebridge: cannot follow the Teams theme', error),
  );
}

/** Tells Teams the tab has loaded, so it hides its loading indicator. */
export function notifyTeamsLoaded(): void {
  loadTeamsSdk()
    .then(({ app }) => app.notifySuccess())
    .catch((error: unknown) => console.warn('Casebridge: notifySuccess failed', error));
}
