/**
 * auth-start.html: the first page of the Teams SSO consent popup. teamsfx 3's
 * `TeamsUserCredential.login(scopes)` opens it through teams-js `authentication.authenticate()` as
 * `{initiateLoginEndpoint}?clientId=…&scope=…&loginHint=…` (scopes space-separated). It sends the
 * user to Entra ID's authorize endpoint of the tenant from the Teams context (authorization code
 * with PKCE, by MSAL), which redirects back to auth-end.html.
 */
import { authentication } from '@microsoft/teams-js';
import { createMsal, initializeTeams, reasonOf, savePending, showStatus } from './popup';

async function start(): Promise<void> {
  showStatus('auth.signingIn');
  const params = new URLSearchParams(window.location.search);
  const clientId = params.get('clientId') ?? '';
  const scopes = (params.get('scope') ?? '').split(/\s+/).filter((scope) => scope !== '');
  const loginHint = params.get('loginHint') ?? '';

  let teamsReady = false;
  try {
    const context = await initializeTeams();
    teamsReady = true;
    // teamsfx's bot sign-in link also passes tenantId; the Teams context is the authority here.
    const tenantId = context.user?.tenant?.id ?? params.get('tenantId') ?? '';
    if (clientId === '') throw new Error('auth-start.html was opened without a clientId');
    if (tenantId === '') throw new Error('The Teams context names no tenant');

    savePending({ clientId, tenantId });
    const msal = await createMsal({ clientId, tenantId });
    await msal.loginRedirect({
      scopes,
      redirectUri: `${window.location.origin}/auth-end.html`,
      ...(loginHint === '' ? {} : { loginHint }),
    });
  } catch (error) {
    console.error('Casebridge: could not start signing in', error);
    showStatus('auth.failed');
    if (teamsReady) authentication.notifyFailure(reasonOf(error));
  }
}

void start();
