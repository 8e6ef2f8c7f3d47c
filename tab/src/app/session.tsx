/** What every signed-in view needs: the API client, who the user is, and the record types. */
import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, RecordType } from '../api/types';

export interface Session {
  api: ApiClient;
  me: Me;
  recordTypes: RecordType[];
  /** Local mode only: forget the token and go back to the demo-user picker. */
  switchUser: (() => void) | null;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside a signed-in session');
  return session;
}

/** The localized name of a record type, or its id while the types are unknown. */
export function recordTypeName(session: Session, typeId: string): string {
  return session.recordTypes.find((type) => type.id === typeId)?.name ?? typeId;
}
