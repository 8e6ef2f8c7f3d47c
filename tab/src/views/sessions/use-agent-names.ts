/** Display names of the tenant's agents (`GET /api/agents`), for the ids a session carries. */
import type { ApiClient } from '../../api/client';
import { listAgents } from '../../api/sessions-endpoints';
import { useLoad } from '../../app/use-load';

/** A lookup that answers the id itself while the names are loading or unknown. */
export function useAgentNames(api: ApiClient): (userId: string | null) => string {
  const agents = useLoad((signal) => listAgents(api, undefined, signal), [api]);
  const names = new Map(agents.state.status === 'done' ? agents.state.data.map((a) => [a.userId, a.displayName]) : []);
  return (userId) => (userId === null ? '' : (names.get(userId) ?? userId));
}
