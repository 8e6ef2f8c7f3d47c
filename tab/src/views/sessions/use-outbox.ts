/**
 * My messages on their way: each keeps its client id until the service acknowledged it, so a
 * resend (after a failure, or one that went through but whose answer was lost) is the same
 * message and never a duplicate. They go one at a time, in the order written: the next is sent
 * once the one before was acknowledged; when one fails, those after it wait until it is sent
 * again. Acknowledged ones leave the outbox as the entry they became.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { isAbort } from '../../api/problem';
import { postMessage, type SessionEntry } from '../../api/sessions-endpoints';
import { newClientId } from './session-model';

export interface Outgoing {
  clientId: string;
  text: string;
  /** `queued`: waiting for the ones before it. */
  state: 'queued' | 'sending' | 'failed';
  problem: unknown;
}

export interface Outbox {
  outgoing: Outgoing[];
  send: (text: string) => void;
  retry: (clientId: string) => void;
}

export function useOutbox(api: ApiClient, sessionId: string, delivered: (entry: SessionEntry) => void): Outbox {
  const [outgoing, setOutgoing] = useState<Outgoing[]>([]);
  const queue = useRef<Outgoing[]>([]);
  const inFlight = useRef(false);
  const onDelivered = useRef(delivered);
  onDelivered.current = delivered;
  const life = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    life.current = controller;
    return () => {
      controller.abort();
      inFlight.current = false;
    };
  }, [api, sessionId]);

  const publish = useCallback((next: Outgoing[]) => {
    queue.current = next;
    setOutgoing(next);
  }, []);

  const pump = useCallback(() => {
    const head = queue.current[0];
    const signal = life.current?.signal;
    if (inFlight.current || head === undefined || head.state === 'failed' || signal === undefined || signal.aborted) return;
    inFlight.current = true;
    publish(queue.current.map((m) => (m.clientId === head.clientId ? { ...m, state: 'sending', problem: null } : m)));
    postMessage(api, sessionId, head.clientId, head.text, signal).then(
      (entry) => {
        if (signal.aborted) return;
        inFlight.current = false;
        onDelivered.current(entry);
        publish(queue.current.filter((m) => m.clientId !== head.clientId));
        pump();
      },
      (problem: unknown) => {
        if (signal.aborted || isAbort(problem)) return;
        inFlight.current = false;
        publish(queue.current.map((m) => (m.clientId === head.clientId ? { ...m, state: 'failed', problem } : m)));
      },
    );
  }, [api, sessionId, publish]);

  const send = useCallback(
    (text: string) => {
      publish([...queue.current, { clientId: newClientId(), text, state: 'queued', problem: null }]);
      pump();
    },
    [publish, pump],
  );

  const retry = useCallback(
    (clientId: string) => {
      publish(queue.current.map((m) => (m.clientId === clientId && m.state === 'failed' ? { ...m, state: 'queued', problem: null } : m)));
      pump();
    },
    [publish, pump],
  );

  return { outgoing, send, retry };
}
