/** The tenant's reply templates, loaded once per view (agents pick from them, admins edit them). */
import { listReplyTemplates } from '../../api/compose-endpoints';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';

export function useReplyTemplates() {
  const { api } = useSession();
  return useLoad((signal) => listReplyTemplates(api, signal), [api]);
}
