/**
 * Loads a record's timeline (E1–E3): the first page, "Load more" with the continuation, Refresh,
 * and live updates — while the page is visible it asks every few seconds with the first page's
 * ETag (`If-None-Match`, a 304 when nothing changed) and merges a changed first page into what
 * is shown, keeping the older pages.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getTimeline } from '../../api/endpoints';
import { isAbort } from '../../api/problem';
import type { TimelineKind } from '../../api/types';
import { useSession } from '../../app/session';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { appendPage, firstPage, mergeFirstPage, type TimelineItems } from './timeline-model';

export const PAGE_SIZE = 25;
export const POLL_MS = 3000;

export type TimelineData =
  | { status: 'loading' }
  | { status: 'failed'; problem: unknown }
  | ({ status: 'done' } & TimelineItems);

export interface Timeline {
  data: TimelineData;
  /** Asks for the first page again (Refresh); true while it does. */
  refresh: () => void;
  refreshing: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  /** Why the last Refresh or "Load more" failed. */
  problem: unknown;
  /** J4: how many of the record's entries the user hid (from the first page). */
  hiddenCount: number;
}

/**
 * `onChanged` runs when a live update or Refresh brought a new entry other than a last message
 * (a chat connected, disconnected, joined…): the chat panel may be out of date.
 */
export function useTimeline(recordId: string, kinds: readonly TimelineKind[], onChanged: () => void, hidden: 'include' | 'exclude' = 'exclude'): Timeline {
  const { api } = useSession();
  const [data, setData] = useState<TimelineData>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [hiddenCount, setHiddenCount] = useState(0);
  const etag = useRef<string | null>(null);
  /** The request for the first page under way (load, poll or refresh). */
  const inFlight = useRef<AbortController | null>(null);
  /** Aborted when the record or the filter changes: every answer for the old ones is dropped. */
  const scope = useRef(new AbortController());
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;
  const dataRef = useRef(data);
  dataRef.current = data;
  const kindsKey = kinds.join(',');

  const fetchFirst = useCallback(
    async (mode: 'load' | 'poll' | 'refresh') => {
      if (mode === 'poll' && (inFlight.current !== null || etag.current === null)) return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      const signal = AbortSignal.any([controller.signal, scope.current.signal]);
      if (mode === 'refresh') setRefreshing(true);
      try {
        const answer = await getTimeline(api, recordId, { kinds, limit: PAGE_SIZE, hidden }, mode === 'load' ? null : etag.current, signal);
        if (signal.aborted || answer === null) return;
        etag.current = answer.etag;
        setHiddenCount(answer.body.hiddenCount);
        const before = dataRef.current;
        const known = new Set(before.status === 'done' ? before.items.map((entry) => entry.id) : []);
        setData((current) => ({ status: 'done', ...(current.status === 'done' ? mergeFirstPage(current, answer.body) : firstPage(answer.body)) }));
        if (mode !== 'load' && answer.body.items.some((entry) => entry.kind !== 'lastMessage' && !known.has(entry.id))) {
          onChangedRef.current();
        }
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        if (mode === 'load') setData({ status: 'failed', problem: error });
        else if (mode === 'refresh') setProblem(error);
        // A failed live update is retried by the next one.
      } finally {
        if (inFlight.current === controller) inFlight.current = null;
        if (mode === 'refresh' && !signal.aborted) setRefreshing(false);
      }
    },
    // `kinds` is represented by `kindsKey`.
    [api, recordId, kindsKey, hidden],
  );

  // (Re)load when the record or the filter changes.
  useEffect(() => {
    scope.current = new AbortController();
    etag.current = null;
    setData({ status: 'loading' });
    setProblem(null);
    setRefreshing(false);
    setLoadingMore(false);
    void fetchFirst('load');
    return () => scope.current.abort();
  }, [fetchFirst]);

  // Live updates while the page is visible (E3).
  useVisiblePoll(useCallback(() => void fetchFirst('poll'), [fetchFirst]), POLL_MS);

  const refresh = useCallback(() => {
    setProblem(null);
    void fetchFirst(etag.current === null ? 'load' : 'refresh');
  }, [fetchFirst]);

  const loadMore = useCallback(() => {
    if (data.status !== 'done' || data.continuation === null || loadingMore) return;
    const signal = scope.current.signal;
    setLoadingMore(true);
    setProblem(null);
    getTimeline(api, recordId, { kinds, limit: PAGE_SIZE, continuation: data.continuation, hidden }, null, signal).then(
      (answer) => {
        if (signal.aborted || answer === null) return;
        setData((current) => (current.status === 'done' ? { status: 'done', ...appendPage(current, answer.body) } : current));
        setLoadingMore(false);
      },
      (error: unknown) => {
        if (signal.aborted || isAbort(error)) return;
        setProblem(error);
        setLoadingMore(false);
      },
    );
  }, [api, recordId, kindsKey, hidden, data, loadingMore]);

  return { data, refresh, refreshing, loadMore, loadingMore, problem, hiddenCount };
}
