/** The other record of a caseLinked timeline entry (H1): its number and type, for the link's text and path. */
import { useEffect, useState } from 'react';
import { getRecord } from '../../api/endpoints';
import { useSession } from '../../app/session';

export interface LinkedRecord {
  id: string;
  type: string;
  number: string;
}

/** Loads the linked record once; null until known (or when it cannot be read: the link still works). */
export function useLinkedRecord(id: string | null): LinkedRecord | null {
  const { api } = useSession();
  const [record, setRecord] = useState<LinkedRecord | null>(null);
  useEffect(() => {
    if (id === null) return;
    const controller = new AbortController();
    getRecord(api, id, controller.signal).then(
      (found) => setRecord({ id: found.id, type: found.type, number: found.number }),
      () => undefined,
    );
    return () => controller.abort();
  }, [api, id]);
  return record !== null && record.id === id ? record : null;
}
