/**
 * One open session, kept current: `GET /api/sessions/{id}` once, then its entries as they come —
 * from the agent socket when it is up, else by polling `GET …/entries?after=N` every 2 s while the
 * page is visible. A gap in the seqs or a system note (a transfer, a take-over, a close) reads what
 * is missing or reloads the session, so a lost event costs a moment, never an entry.
 *
 * Order: only the newest reload's answer is applied (an older one still on its way is aborted);
 * one read of missing entries runs at a time, and a request for another while it runs makes it
 * read once more when done. Every request still running is aborted when the view goes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ApiProblem, isAbort } from '../../api/problem';
import { getEntries, getSession, type ChatSession, type SessionEntry, type SessionRole } from '../../api/sessions-endpoints';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { POLL_ENTRIES_MS, useFeed } from './feed';
import { contiguousEnd, hasGap, lastSeqOf, mergeEntries } from './session-model';

export interface LiveSession {
  session: ChatSession;
  role: SessionRole;
  entries: SessionEntry[];
  /** Older entries exist than the first one held. */
  more: boolean;
}

export interface LiveSessionState {
  data: LiveSession | null;
  problem: unknown;
  /** Who is typing now (shown for a few seconds after their last keystroke). */
  typing: { who: 'customer' | 'agent'; name: string | null } | null;
  /** True while updates come by polling. */
  polling: boolean;
  /** The service confirmed it watches this session on the socket (what happens now comes live). */
  watching: boolean;
  /** True while a page of older entries is being read. */
  loadingOlder: boolean;
  /** Reads the session again; resolves once this reload's answer is shown (or a newer reload replaced it). */
  reload: () => Promise<void>;
  /** An entry the caller got from the service itself (the answer of its own send). */
  add: (entry: SessionEntry) => void;
  /** Reads the page of entries before the first one held. */
  loadOlder: () => Promise<void>;
}

const TYPING_SHOWN_MS = 4_000;

/** Whether `incoming` holds an entry `held` does not. */
function anyNew(held: readonly SessionEntry[], incoming: readonly SessionEntry[]): boolean {
  const seqs = new Set(held.map((entry) => entry.seq));
  return incoming.some((entry) => !seqs.has(entry.seq));
}

export function useLiveSession(api: ApiClient, sessionId: string): LiveSessionState {
  const feed = useFeed();
  const socket = feed?.socket ?? null;
  const [data, setData] = useState<LiveSession | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [typing, setTyping] = useState<LiveSessionState['typing']>(null);
  const [watching, setWatching] = useState(false);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const latest = useRef<LiveSession | null>(null);
  latest.current = data;
  const reading = useRef(false);
  /** Another read was asked for while one ran: read once more when it is done. */
  const dirty = useRef(false);
  const typingTimer = useRef<number | undefined>(undefined);
  /** The reload whose answer counts; older ones are aborted. */
  const reloading = useRef<AbortController | null>(null);
  /** Every request still running (aborted when the view goes or the session changes). */
  const running = useRef(new Set<AbortController>());

  const track = useCallback(() => {
    const controller = new AbortController();
    running.current.add(controller);
    return { signal: controller.signal, done: () => running.current.delete(controller) };
  }, []);

  useEffect(() => {
    const all = running.current;
    return () => {
      for (const controller of all) controller.abort();
      all.clear();
      reloading.current?.abort();
    };
  }, [sessionId]);

  const apply = useCallback((change: (current: LiveSession) => LiveSession) => {
    setData((current) => (current === null ? current : change(current)));
  }, []);

  const reload = useCallback(async () => {
    reloading.current?.abort();
    const controller = new AbortController();
    reloading.current = controller;
    try {
      const view = await getSession(api, sessionId, controller.signal);
      if (reloading.current !== controller) return;
      setProblem(null);
      setData((current) => ({
        session: view.session,
        role: view.role,
        entries: mergeEntries(current?.entries ?? [], view.entries),
        // Older pages already read stay read.
        more: current !== null && (current.entries[0]?.seq ?? Infinity) < (view.entries[0]?.seq ?? Infinity) ? current.more : view.more,
      }));
    } catch (error) {
      if (isAbort(error) || reloading.current !== controller) return;
      setProblem(error);
      // No longer mine to see (declined, taken from me): drop what was shown, it is stale.
      if (error instanceof ApiProblem && (error.status === 403 || error.status === 404)) setData(null);
    } finally {
      if (reloading.current === controller) reloading.current = null;
    }
  }, [api, sessionId]);

  useEffect(() => {
    setData(null);
    void reload();
  }, [reload]);

  /** Reads the entries after the unbroken run held; a new system note means the state changed too. */
  const catchUp = useCallback(async () => {
    if (latest.current === null) return;
    if (reading.current) {
      dirty.current = true;
      return;
    }
    reading.current = true;
    const request = track();
    let held = latest.current.entries;
    let stateChanged = false;
    try {
      do {
        dirty.current = false;
        const fresh = await getEntries(api, sessionId, contiguousEnd(held), request.signal);
        if (anyNew(held, fresh)) {
          held = mergeEntries(held, fresh);
          apply((c) => ({ ...c, entries: mergeEntries(c.entries, fresh) }));
          if (fresh.some((entry) => entry.kind === 'system')) stateChanged = true;
        }
        held = mergeEntries(latest.current?.entries ?? [], held);
      } while (dirty.current && !request.signal.aborted);
      if (stateChanged) void reload();
    } catch (error) {
      if (!isAbort(error)) setProblem(error);
    } finally {
      reading.current = false;
      request.done();
    }
  }, [api, sessionId, apply, reload, track]);

  // Any gap in what is held (an event lost on the way, entries added out of order) is read at once.
  const entries = data?.entries;
  useEffect(() => {
    if (entries !== undefined && hasGap(entries)) void catchUp();
  }, [entries, catchUp]);

  const [watchLost, setWatchLost] = useState(false);
  // A socket that comes back watches every session again (agent-socket.ts): this one too.
  useEffect(() => {
    if (feed?.up === true) setWatchLost(false);
    else setWatching(false);
  }, [feed?.up]);
  const socketUp = feed?.up === true && !watchLost;
  const poll = useCallback(() => {
    if (!socketUp) void catchUp();
  }, [socketUp, catchUp]);
  useVisiblePoll(poll, POLL_ENTRIES_MS);

  // When the socket comes (back) up, read what was missed while it was down.
  useEffect(() => {
    if (socketUp) void catchUp();
  }, [socketUp, catchUp]);

  // Watch once the session is loaded, from the last entry held (the socket sends only what is new).
  const loaded = data !== null;
  useEffect(() => {
    if (socket === null || !loaded) return;
    const unwatch = socket.watch(sessionId, () => lastSeqOf(latest.current?.entries ?? []));
    const off = socket.on((event) => {
      if (event.type === 'mine' || event.sessionId !== sessionId) return;
      if (event.type === 'unwatched') {
        setWatchLost(true);
        setWatching(false);
        void reload();
        return;
      }
      if (event.type === 'watching') {
        setWatching(true);
      } else if (event.type === 'entry') {
        apply((c) => ({ ...c, entries: mergeEntries(c.entries, [event.entry]) }));
        // Their message arrived: they are no longer typing it.
        if (event.entry.kind !== 'system') setTyping((now) => (now?.who === event.entry.kind ? null : now));
        if (event.entry.kind === 'system') void reload();
      } else if (event.type === 'typing') {
        setTyping({ who: event.who, name: event.name });
        window.clearTimeout(typingTimer.current);
        typingTimer.current = window.setTimeout(() => setTyping(null), TYPING_SHOWN_MS);
      } else {
        void reload();
      }
    });
    return () => {
      off();
      unwatch();
      setWatching(false);
    };
  }, [socket, loaded, sessionId, apply, reload]);

  useEffect(() => () => window.clearTimeout(typingTimer.current), []);

  const add = useCallback((entry: SessionEntry) => apply((c) => ({ ...c, entries: mergeEntries(c.entries, [entry]) })), [apply]);

  const loadOlder = useCallback(async () => {
    const first = latest.current?.entries[0]?.seq;
    if (first === undefined) return;
    const request = track();
    setLoadingOlder(true);
    try {
      const page = await getSession(api, sessionId, request.signal, first);
      apply((c) => ({ ...c, entries: mergeEntries(c.entries, page.entries), more: page.more }));
    } catch (error) {
      if (!isAbort(error)) setProblem(error);
    } finally {
      request.done();
      if (!request.signal.aborted) setLoadingOlder(false);
    }
  }, [api, sessionId, apply, track]);

  return { data, problem, typing, polling: !socketUp, watching: watching && socketUp, loadingOlder, reload, add, loadOlder };
}
