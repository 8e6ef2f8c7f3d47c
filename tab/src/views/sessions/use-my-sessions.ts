/**
 * My sessions (`GET /api/sessions?view=mine`: handled, listened to, offered to me), reloaded when
 * the socket says my list or one of them changed, and polled (every 5 s while the socket is down,
 * every 30 s as a safety net while it is up). Sessions whose window I closed in listen mode stay
 * hidden for this visit (sessionStorage): the session itself goes on.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { isAbort } from '../../api/problem';
import { listSessions, type ChatSession } from '../../api/sessions-endpoints';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { POLL_LIST_MS, POLL_LIST_SOCKET_MS, useFeed } from './feed';
import { partOf } from './session-model';

const HIDDEN_KEY = 'casebridge.sessions.closedWindows';

function readHidden(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(HIDDEN_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export interface MySessions {
  sessions: ChatSession[] | null;
  problem: unknown;
  reload: () => void;
  /** "Close window" of a session I listen to: hides it here. */
  hide: (sessionId: string) => void;
}

export function useMySessions(api: ApiClient, userId: string): MySessions {
  const feed = useFeed();
  const [all, setAll] = useState<ChatSession[] | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [hidden, setHidden] = useState<string[]>(readHidden);
  const running = useRef<AbortController | null>(null);

  const reload = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    listSessions(api, 'mine', controller.signal).then(
      (items) => {
        setProblem(null);
        setAll(items);
      },
      (error: unknown) => {
        if (!isAbort(error)) setProblem(error);
      },
    );
  }, [api]);

  useEffect(() => {
    reload();
    return () => running.current?.abort();
  }, [reload]);

  useVisiblePoll(reload, feed?.up === true ? POLL_LIST_SOCKET_MS : POLL_LIST_MS);

  useEffect(() => {
    if (feed === null) return;
    return feed.socket.on((event) => {
      if (event.type === 'mine' || event.type === 'state') reload();
    });
  }, [feed, reload]);

  useEffect(() => {
    if (feed?.up === true) reload();
  }, [feed?.up, reload]);

  const hide = useCallback((sessionId: string) => {
    setHidden((current) => {
      const next = [...current.filter((id) => id !== sessionId), sessionId].slice(-200);
      window.sessionStorage.setItem(HIDDEN_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  // Hidden only while I merely listen: offered back to me or handling it again, it shows.
  const sessions = all === null ? null : all.filter((s) => !(hidden.includes(s.id) && partOf(s, userId) === 'listening'));
  return { sessions, problem, reload, hide };
}
