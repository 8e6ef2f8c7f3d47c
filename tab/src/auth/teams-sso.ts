/**
 * Teams single sign-on. With an SSO client id and login endpoint from `/api/config`, tokens come
 * from teamsfx's TeamsUserCredential (`getToken("")` is the Teams SSO token); without them, from
 * teams-js `authentication.getAuthToken()` directly — the same token, fetched the same way.
 */
import type { ClientConfig } from '../api/types';
import { loadTeamsSdk } from '../teams/sdk';

export type TokenSource = () => Promise<string>;

export function teamsTokenSource(config: ClientConfig): TokenSource {
  const { ssoClientId, initiateLoginEndpoint } = config;
  if (ssoClientId === null || initiateLoginEndpoint === null) {
    return async () => (await loadTeamsSdk()).authentication.getAuthToken();
  }
  // teamsfx is loaded only inside Teams, so the browser sign-in never downloads it.
  let credential: Promise<{ getToken: (scopes: string) => Promise<{ token: string } | null> }> | null = null;
  return async () => {
    credential ??= import('@microsoft/teamsfx').then(
      ({ TeamsUserCredential }) => new TeamsUserCredential({ clientId: ssoClientId, initiateLoginEndpoint }),
    );
    const token = await (await credential).getToken('');
    if (token === null) throw new Error('Teams returned no SSO token');
    return token.token;
  };
}
