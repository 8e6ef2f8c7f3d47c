/**
 * auth-end.html: where Entra ID redirects the Teams SSO consent popup. MSAL redeems the code, and
 * the popup's sessionStorage (MSAL's cache) goes back to teamsfx as
 * `notifySuccess(JSON.stringify({ sessionStorage }))` — what teamsfx 3's `login()` expects (it
 * copies the entries into the tab's sessionStorage and rejects a bare `code`). Any failure is
 * `notifyFailure(reason)`.
 */
import { authentication } from '@microsoft/teams-js';
import { createMsal, initializeTeams, reasonOf, sessionStorageEntries, showStatus, takePending } from './popup';

async function finish(): Promise<void> {
  showStatus('auth.signingIn');
  let teamsReady = false;
  try {
    await initializeTeams();
    teamsReady = true;
    const pending = takePending();
    if (pending === null) throw new Error('No sign-in was started in this window');
    const msal = await createMsal(pending);
    const result = await msal.handleRedirectPromise();
    if (result === null) throw new Error('Entra ID returned no sign-in result');
    authentication.notifySuccess(JSON.stringify({ sessionStorage: sessionStorageEntries() }));
  } catch (error) {
    console.error('Casebridge: signing in did not complete', error);
    showStatus('auth.failed');
    if (teamsReady) authentication.notifyFailure(reasonOf(error));
  }
}

void finish();
