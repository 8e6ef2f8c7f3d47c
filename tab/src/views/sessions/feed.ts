/**
 * The sessions page's live feed, shared by its list and its open session: the agent socket when
 * it is up, and whether it is (the views poll while it is not).
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { AgentSocket } from './agent-socket';

export interface Feed {
  socket: AgentSocket;
  up: boolean;
  /** The socket failed or dropped (not merely still connecting). */
  down: boolean;
}

export const FeedContext = createContext<Feed | null>(null);

/** Opens the agent socket for as long as the calling view is shown. */
export function useAgentSocket(api: ApiClient, locale: string): Feed {
  const socket = useMemo(() => new AgentSocket(api, locale), [api, locale]);
  const [up, setUp] = useState(false);
  const [down, setDown] = useState(false);
  useEffect(() => {
    const off = socket.onStatus((now) => {
      setUp(now);
      setDown(socket.down);
    });
    socket.start();
    return () => {
      off();
      socket.stop();
    };
  }, [socket]);
  // One object per state, so the views that depend on the feed rerun only when it changed.
  return useMemo(() => ({ socket, up, down }), [socket, up, down]);
}

/** The page's feed; null outside a page that opened one (the views then poll). */
export function useFeed(): Feed | null {
  return useContext(FeedContext);
}

/** Polling intervals while the socket is down (and the list's slow safety net while it is up). */
export const POLL_ENTRIES_MS = 2_000;
export const POLL_LIST_MS = 5_000;
export const POLL_LIST_SOCKET_MS = 30_000;
