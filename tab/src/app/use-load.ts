/** Loads data for a view: aborts the stale request when inputs change, and can reload on demand. */
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { isAbort } from '../api/problem';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'failed'; problem: unknown };

export interface Loaded<T> {
  state: LoadState<T>;
  reload: () => void;
  /** Replaces the loaded data, e.g. with the answer of a successful save. */
  replace: (data: T) => void;
  /** Changes the loaded data in place (nothing happens while it is not loaded). */
  update: (change: (data: T) => T) => void;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (problem: unknown) => {
        if (!controller.signal.aborted && !isAbort(problem)) setState({ status: 'failed', problem });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure on every render; the caller names what it really depends on.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: 'done', data }), []);
  const update = useCallback(
    (change: (data: T) => T) => setState((current) => (current.status === 'done' ? { status: 'done', data: change(current.data) } : current)),
    [],
  );
  return { state, reload, replace, update };
}
