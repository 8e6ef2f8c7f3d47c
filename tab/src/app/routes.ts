/** The tab's client-side routes: path → Route and Route → path. */

export type Route =
  | { name: 'records' }
  | { name: 'search' }
  | { name: 'record'; type: string; id: string }
  | { name: 'company'; id: string }
  | { name: 'settings'; type: string | null }
  | { name: 'config' }
  /** I2: my customer chats, one of them open (`/sessions/{id}`) or none. */
  | { name: 'sessions'; id: string | null }
  /** I6: every live chat (users with `listen`). */
  | { name: 'liveSessions' }
  /** I6: a chat opened from the live chats (`/sessions/live/{id}`): back leads there. */
  | { name: 'liveSession'; id: string }
  /** J1: my delegates and the people I act for. */
  | { name: 'delegation' }
  | { name: 'notFound' };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter((part) => part !== '').map(decode);
  if (parts.some((part) => part === null)) return { name: 'notFound' };
  const [first, second, third, ...rest] = parts;
  if (first === undefined || first === 'index.html') return { name: 'records' };
  // `/records`: the search on its own (the manifest's "Records" tab); `/` is My work with it.
  if (first === 'records' && second === undefined) return { name: 'search' };
  if (first === 'records' && second && third && rest.length === 0) return { name: 'record', type: second, id: third };
  if (first === 'companies' && second && third === undefined) return { name: 'company', id: second };
  if (first === 'settings' && third === undefined) return { name: 'settings', type: second ?? null };
  if (first === 'config' && second === undefined) return { name: 'config' };
  if (first === 'delegation' && second === undefined) return { name: 'delegation' };
  if (first === 'sessions' && second === 'live' && third === undefined) return { name: 'liveSessions' };
  if (first === 'sessions' && second === 'live' && third && rest.length === 0) return { name: 'liveSession', id: third };
  if (first === 'sessions' && third === undefined) return { name: 'sessions', id: second ?? null };
  return { name: 'notFound' };
}

const enc = encodeURIComponent;

/** The path of a route; the record path is the canonical record URL of SPEC A5. */
export function pathOf(route: Route): string {
  switch (route.name) {
    case 'records':
      return '/';
    case 'search':
      return '/records';
    case 'record':
      return `/records/${enc(route.type)}/${enc(route.id)}`;
    case 'company':
      return `/companies/${enc(route.id)}`;
    case 'settings':
      return route.type === null ? '/settings' : `/settings/${enc(route.type)}`;
    case 'config':
      return '/config';
    case 'sessions':
      return route.id === null ? '/sessions' : `/sessions/${enc(route.id)}`;
    case 'liveSessions':
      return '/sessions/live';
    case 'liveSession':
      return `/sessions/live/${enc(route.id)}`;
    case 'delegation':
      return '/delegation';
    case 'notFound':
      return '/';
  }
}
