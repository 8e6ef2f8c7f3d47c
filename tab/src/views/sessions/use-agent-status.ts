/**
 * The signed-in agent's chat status (I1): a heartbeat at once and every 20 s while the tab is open
 * (the service counts an agent without one for a minute as offline), and `PUT /api/me/status`.
 * A user the service refuses a heartbeat (403: not an agent of any chat site) gets no picker.
 *
 * A heartbeat answer says the status as it was when the heartbeat started: one that started before
 * the latest change of status is ignored, so it never puts back the status just left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { ApiProblem, isAbort } from '../../api/problem';
import { heartbeat, HEARTBEAT_INTERVAL_MS, setMyStatus, type AgentStatus } from '../../api/sessions-endpoints';

export interface AgentStatusState {
  /** null until the first heartbeat answered. */
  status: AgentStatus | null;
  /** False once the service said this user has no chat status. */
  available: boolean;
  busy: boolean;
  /** The last change of status failed. */
  problem: unknown;
  /** The last heartbeat failed (the service may soon count me as offline). */
  beatProblem: unknown;
  change: (status: AgentStatus) => Promise<void>;
}

export function useAgentStatus(api: ApiClient): AgentStatusState {
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [available, setAvailable] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [beatProblem, setBeatProblem] = useState<unknown>(null);
  /** Bumped when a change of status starts: heartbeat answers started before it are stale. */
  const changes = useRef(0);
  const life = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    life.current = controller;
    const { signal } = controller;
    const beat = () => {
      const startedAt = changes.current;
      heartbeat(api, signal).then(
        (answer) => {
          if (signal.aborted) return;
          setBeatProblem(null);
          if (changes.current === startedAt) setStatus(answer);
        },
        (error: unknown) => {
          if (signal.aborted || isAbort(error)) return;
          // 403/404: no chat status for this user (or a service without chat): stop asking.
          if (error instanceof ApiProblem && (error.status === 403 || error.status === 404)) {
            setAvailable(false);
            window.clearInterval(timer);
          } else {
            setBeatProblem(error);
          }
        },
      );
    };
    const timer = window.setInterval(beat, HEARTBEAT_INTERVAL_MS);
    // A hidden tab's timers may be slowed down: coming back says "still here" at once.
    const onVisible = () => {
      if (document.visibilityState === 'visible') beat();
    };
    document.addEventListener('visibilitychange', onVisible);
    beat();
    return () => {
      controller.abort();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api]);

  const change = useCallback(
    async (next: AgentStatus) => {
      changes.current += 1;
      const mine = changes.current;
      const signal = life.current?.signal;
      setBusy(true);
      setProblem(null);
      try {
        const answer = await setMyStatus(api, next, signal);
        // A later change answers for itself.
        if (changes.current === mine) setStatus(answer);
      } catch (error) {
        if (!isAbort(error) && signal?.aborted !== true) setProblem(error);
      } finally {
        if (signal?.aborted !== true) setBusy(false);
      }
    },
    [api],
  );

  return { status, available, busy, problem, beatProblem, change };
}
