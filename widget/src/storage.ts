/**
 * What survives a reload, in sessionStorage (one tab, gone when it closes): the visitor token, the
 * newest entries of the session and the seq below which nothing is asked for again, the messages
 * not yet acknowledged, whether the panel was open and the language the widget settled on. A
 * reload renders what is kept and asks only for what came after. What is kept is capped (entries
 * by count and by size), and writes are debounced: a long replay is written once, not once per
 * entry (a pending write is done at once when the page is hidden or unloaded). Storage that
 * throws (privacy modes, sandboxed frames) just means no resume.
 */
import type { PublicEntry } from '../../bot/src/realtime/chat-protocol';
import { isLang, type Lang } from './i18n';

/** A message the server has not acknowledged yet; a resend keeps its clientId. */
export interface Outgoing {
  clientId: string;
  text: string;
  /** `start` opens the session (with the pre-chat name and e-mail); `send` is every later message. */
  kind: 'start' | 'send';
  name?: string | undefined;
  email?: string | undefined;
}

export interface Saved {
  token: string | null;
  sessionId: string | null;
  entries: PublicEntry[];
  /** Seqs at or below this are not asked for again (0, or the seq before the oldest entry kept). */
  base: number;
  outbox: Outgoing[];
  open: boolean;
  /** The language the widget settled on (the site's, when neither the page nor the browser named one). */
  lang: Lang | null;
}

/** At most this many entries are kept for the reload (the newest); older ones stay on the server. */
export const KEPT_ENTRIES = 100;
/** …and at most about this many characters of them (sessionStorage holds ~5 MB for the whole origin). */
export const KEPT_CHARS = 200_000;
/** Writes are gathered for this long. */
const SAVE_DELAY_MS = 250;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';

function isEntry(value: unknown): value is PublicEntry {
  return isObject(value) && typeof value.seq === 'number' && isText(value.at) && isText(value.text) && (value.kind === 'customer' || value.kind === 'agent' || value.kind === 'system');
}

function isOutgoing(value: unknown): value is Outgoing {
  return isObject(value) && isText(value.clientId) && isText(value.text) && (value.kind === 'start' || value.kind === 'send');
}

/** The newest entries within both caps, and the base that goes with them. */
export function keptEntries(entries: readonly PublicEntry[], base: number): { entries: PublicEntry[]; base: number } {
  let chars = 0;
  let from = entries.length;
  while (from > 0 && entries.length - from < KEPT_ENTRIES) {
    const entry = entries[from - 1];
    if (!entry) break;
    chars += JSON.stringify(entry).length;
    if (chars > KEPT_CHARS) break;
    from -= 1;
  }
  const kept = entries.slice(from);
  const first = kept[0];
  return { entries: kept, base: from > 0 && first ? Math.max(base, first.seq - 1) : base };
}

/** sessionStorage under one key per server, tenant and site. */
export class SavedState {
  private pending: (() => Saved) | null = null;
  private timer: number | undefined;

  constructor(private readonly key: string) {
    const flush = () => this.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  load(): Saved | null {
    try {
      const raw = window.sessionStorage.getItem(this.key);
      if (!raw) return null;
      const value: unknown = JSON.parse(raw);
      if (!isObject(value) || value.v !== 1) return null;
      return {
        token: isText(value.token) ? value.token : null,
        sessionId: isText(value.sessionId) ? value.sessionId : null,
        entries: Array.isArray(value.entries) ? value.entries.filter(isEntry) : [],
        base: typeof value.base === 'number' && Number.isInteger(value.base) && value.base >= 0 ? value.base : 0,
        outbox: Array.isArray(value.outbox) ? value.outbox.filter(isOutgoing) : [],
        open: value.open === true,
        lang: isLang(value.lang) ? value.lang : null,
      };
    } catch {
      return null;
    }
  }

  /** Saves soon (many changes in a row are written once); `read` is asked for the state when it is written. */
  schedule(read: () => Saved): void {
    this.pending = read;
    if (this.timer === undefined) this.timer = window.setTimeout(() => this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now (what the visitor just did is not lost by a reload a moment later). */
  save(state: Saved): void {
    this.cancel();
    this.write(state);
  }

  /** Writes a scheduled save at once. */
  flush(): void {
    const read = this.pending;
    this.cancel();
    if (read) this.write(read());
  }

  clear(): void {
    this.cancel();
    try {
      window.sessionStorage.removeItem(this.key);
    } catch {
      // nothing kept
    }
  }

  private cancel(): void {
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
  }

  private write(state: Saved): void {
    try {
      window.sessionStorage.setItem(this.key, JSON.stringify({ v: 1, ...state, ...keptEntries(state.entries, state.base) }));
    } catch {
      // Full or unavailable: the chat goes on, a reload starts over.
    }
  }
}
