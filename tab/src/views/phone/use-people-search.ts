/** Searches `GET /api/people?q=` as the user types (debounced), for finding a caller. */
import { useEffect, useState } from 'react';
import { searchPeople } from '../../api/endpoints';
import { isAbort } from '../../api/problem';
import type { PersonMatch } from '../../api/types';
import { useSession } from '../../app/session';

const SEARCH_DELAY_MS = 250;
const SEARCH_LIMIT = 10;

export interface PeopleSearch {
  /** The answer to `query` (empty while it is on its way or the query is empty). */
  people: PersonMatch[];
  searching: boolean;
  failed: boolean;
}

export function usePeopleSearch(query: string): PeopleSearch {
  const { api } = useSession();
  const [result, setResult] = useState<{ query: string; people: PersonMatch[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const trimmed = query.trim();

  useEffect(() => {
    if (trimmed === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchPeople(api, trimmed, SEARCH_LIMIT, controller.signal).then(
        (people) => {
          setResult({ query: trimmed, people });
          setFailed(false);
        },
        (error: unknown) => {
          if (!isAbort(error)) setFailed(true);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, trimmed]);

  const current = result !== null && result.query === trimmed;
  return { people: current ? result.people : [], searching: trimmed !== '' && !current && !failed, failed };
}
