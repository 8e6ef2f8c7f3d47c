/**
 * A user action that calls the service (save, connect, add people, load more): `busy` while it
 * runs, the problem kept to show when it fails. By default `busy` stays on after success, because
 * the view is about to close or be replaced (a second click must not go out meanwhile); pass
 * `settle` when the view stays and may be used again.
 */
import { useState } from 'react';

export interface Action {
  busy: boolean;
  problem: unknown;
  setProblem(problem: unknown): void;
  run(action: () => Promise<void>, options?: { settle?: boolean }): Promise<void>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  async function run(action: () => Promise<void>, options: { settle?: boolean } = {}): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      if (options.settle) setBusy(false);
    } catch (error) {
      setProblem(error);
      setBusy(false);
    }
  }
  return { busy, problem, setProblem, run };
}
