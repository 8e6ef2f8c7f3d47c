/**
 * Joining a connected chat (D1–D4), shared by the chat panel and the timeline: which chat is being
 * joined, and how the last try ended — joined, already a member (a race or a double click), or
 * refused (a 403 whose localized detail names the failed D1 conditions).
 */
import { useCallback, useRef, useState } from 'react';
import { joinChat } from '../../api/endpoints';
import { useSession } from '../../app/session';

export interface JoinOutcome {
  chatId: string;
  /** The chat's shown name. */
  label: string;
  alreadyMember: boolean;
}

export interface JoinState {
  /** The chat being joined right now, if any. */
  joiningId: string | null;
  outcome: JoinOutcome | null;
  problem: unknown;
  join: (chatId: string, label: string) => Promise<void>;
  clear: () => void;
}

export interface JoinHandlers {
  /** A join starts, e.g. to clear other notices. */
  onStart?: () => void;
  /** After every answer, so the page can refresh the panel and the timeline. */
  onSettled: () => void;
}

export function useJoinChat(recordId: string, handlers: JoinHandlers): JoinState {
  const { api } = useSession();
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const [joiningId, setJoiningId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<JoinOutcome | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  const join = useCallback(
    async (chatId: string, label: string) => {
      handlersRef.current.onStart?.();
      setJoiningId(chatId);
      setOutcome(null);
      setProblem(null);
      try {
        const result = await joinChat(api, recordId, chatId);
        setOutcome({ chatId, label, alreadyMember: result.alreadyMember });
      } catch (error) {
        setProblem(error);
      } finally {
        setJoiningId(null);
        handlersRef.current.onSettled();
      }
    },
    [api, recordId],
  );

  const clear = useCallback(() => {
    setOutcome(null);
    setProblem(null);
  }, []);

  return { joiningId, outcome, problem, join, clear };
}
