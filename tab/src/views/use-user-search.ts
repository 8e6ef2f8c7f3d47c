/**
 * Searches `GET /api/users` while a people picker is open: at once for the first page, debounced
 * as the user types. Shared by the owner picker and the multi-person picker of the chat panel.
 */
import { useEffect, useState } from 'react';
import { searchUsers } from '../api/endpoints';
import { isAbort } from '../api/problem';
import type { DirectoryUser } from '../api/types';
import { useSession } from '../app/session';

const SEARCH_DELAY_MS = 250;
const SEARCH_LIMIT = 20;

interface SearchResult {
  query: string;
  users: DirectoryUser[];
}

export interface UserSearch {
  /** The latest answer (possibly for an older query while a new one is on its way). */
  users: DirectoryUser[];
  /** True when `users` answers the current query. */
  current: boolean;
  failed: boolean;
}

export function useUserSearch(query: string, open: boolean): UserSearch {
  const { api } = useSession();
  const [result, setResult] = useState<SearchResult | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open || (result?.query === query && !failed)) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        searchUsers(api, query, SEARCH_LIMIT, controller.signal).then(
          (users) => {
            setResult({ query, users });
            setFailed(false);
          },
          (error: unknown) => {
            if (!isAbort(error)) setFailed(true);
          },
        );
      },
      result === null ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `result` and `failed` only decide whether to search; a new answer must not trigger one.
  }, [api, open, query]);

  return { users: result?.users ?? [], current: result?.query === query, failed };
}
