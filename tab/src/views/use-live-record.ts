/**
 * Loads a record and keeps it live, as the timeline does (E3): while the page is visible it asks
 * every few seconds with the record's ETag (`If-None-Match`, a 304 when nothing changed), so an
 * assign or status change made from a card or by someone else shows without a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { isAbort } from '../api/problem';
import type { ServiceRecord } from '../api/types';
import { useSession } from '../app/session';
import { useVisiblePoll } from '../app/use-visible-poll';
import { POLL_MS } from './timeline/use-timeline';

export type LiveRecordState =
  | { status: 'loading' }
  | { status: 'failed'; problem: unknown }
  | { status: 'done'; data: ServiceRecord };

export interface LiveRecord {
  state: LiveRecordState;
  /** Loads the record from scratch (after a failed load). */
  reload: () => void;
  /** Asks at once whether the record changed (after a 412), as a poll does. */
  refresh: () => void;
  /** Shows a record the tab got otherwise (the answer to its own PATCH). */
  replace: (record: ServiceRecord) => void;
}

/** `GET /api/records/{id}`, conditional when `etag` is given: null when it has not changed. */
async function fetchRecord(api: ApiClient, id: string, etag: string | null, signal: AbortSignal): Promise<ServiceRecord | null> {
  const answer = await api.getIfChanged<ServiceRecord>(`/api/records/${encodeURIComponent(id)}`, etag, { signal });
  if (answer === null) return null;
  return { ...answer.body, etag: answer.etag ?? answer.body.etag };
}

export function useLiveRecord(id: string): LiveRecord {
  const { api } = useSession();
  const [state, setState] = useState<LiveRecordState>({ status: 'loading' });
  const etag = useRef<string | null>(null);
  const inFlight = useRef<AbortController | null>(null);
  /** Aborted when the record changes: every answer for the old one is dropped. */
  const scope = useRef(new AbortController());

  const fetchOnce = useCallback(
    async (mode: 'load' | 'poll') => {
      if (mode === 'poll' && (inFlight.current !== null || etag.current === null)) return;
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      const signal = AbortSignal.any([controller.signal, scope.current.signal]);
      try {
        const record = await fetchRecord(api, id, mode === 'load' ? null : etag.current, signal);
        if (signal.aborted || record === null) return;
        etag.current = record.etag;
        setState({ status: 'done', data: record });
      } catch (error) {
        if (signal.aborted || isAbort(error)) return;
        if (mode === 'load') setState({ status: 'failed', problem: error });
        // A failed live update is retried by the next one.
      } finally {
        if (inFlight.current === controller) inFlight.current = null;
      }
    },
    [api, id],
  );

  useEffect(() => {
    scope.current = new AbortController();
    etag.current = null;
    setState({ status: 'loading' });
    void fetchOnce('load');
    return () => scope.current.abort();
  }, [fetchOnce]);

  // Live updates while the page is visible, at the timeline's pace.
  useVisiblePoll(useCallback(() => void fetchOnce('poll'), [fetchOnce]), POLL_MS);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    void fetchOnce('load');
  }, [fetchOnce]);

  const refresh = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    void fetchOnce(etag.current === null ? 'load' : 'poll');
  }, [fetchOnce]);

  const replace = useCallback((record: ServiceRecord) => {
    // A poll under way may bring the older version: drop it.
    inFlight.current?.abort();
    inFlight.current = null;
    etag.current = record.etag;
    setState({ status: 'done', data: record });
  }, []);

  return { state, reload, refresh, replace };
}
