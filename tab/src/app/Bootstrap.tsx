/**
 * Sign-in state machine: read `/api/config`, then sign in by Teams SSO (azure mode inside Teams),
 * by the demo-user picker (local mode), or ask the user to open the app in Teams (azure mode in a
 * plain browser). A 401 from the API drops the token and returns here.
 */
import { useCallback, useMemo, useState } from 'react';
import { ApiClient } from '../api/client';
import { getClientConfig } from '../api/endpoints';
import type { ClientConfig } from '../api/types';
import { teamsTokenSource, type TokenSource } from '../auth/teams-sso';
import { clearDevToken, readDevToken, writeDevToken, type StoredToken } from '../auth/token-store';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/I18nProvider';
import type { Host } from '../teams/host';
import { ConfigPage } from '../views/ConfigPage';
import { OpenInTeams } from '../views/OpenInTeams';
import { SignIn } from '../views/SignIn';
import { StartupProblem } from '../views/StartupProblem';
import { matchRoute } from './routes';
import { useLocation } from './router';
import { SessionLoader } from './SessionLoader';
import { useLoad } from './use-load';

type SignedIn =
  | { kind: 'dev'; token: StoredToken }
  | { kind: 'teams'; getToken: TokenSource; attempt: number }
  | { kind: 'teamsRejected'; attempt: number }
  | { kind: 'signedOut' };

function initialSignIn(config: ClientConfig, inTeams: boolean): SignedIn {
  if (config.mode === 'azure') {
    return inTeams ? { kind: 'teams', getToken: teamsTokenSource(config), attempt: 0 } : { kind: 'signedOut' };
  }
  const token = readDevToken(window.sessionStorage);
  return token === null ? { kind: 'signedOut' } : { kind: 'dev', token };
}

export function Bootstrap({ host }: { host: Host }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  const anonymous = useMemo(() => new ApiClient({ getToken: () => Promise.resolve(null), locale }), [locale]);
  const config = useLoad(() => getClientConfig(anonymous), [anonymous]);
  const [signIn, setSignIn] = useState<SignedIn | null>(null);

  const signOut = useCallback(() => {
    clearDevToken(window.sessionStorage);
    setSignIn({ kind: 'signedOut' });
  }, []);
  const signedInAsDev = useCallback((token: StoredToken) => {
    writeDevToken(window.sessionStorage, token);
    setSignIn({ kind: 'dev', token });
  }, []);

  if (matchRoute(location.pathname).name === 'config') return <ConfigPage inTeams={host.inTeams} />;
  if (config.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (config.state.status === 'failed') {
    return <StartupProblem problem={config.state.problem} onRetry={config.reload} />;
  }

  const cfg = config.state.data;
  const current = signIn ?? initialSignIn(cfg, host.inTeams);
  if (current.kind === 'signedOut') {
    return cfg.mode === 'azure' ? <OpenInTeams /> : <SignIn api={anonymous} onSignedIn={signedInAsDev} />;
  }
  if (current.kind === 'dev') {
    const token = current.token.token;
    return (
      <SessionLoader
        key={`dev:${current.token.userId}:${token}`}
        getToken={() => Promise.resolve(token)}
        onUnauthorized={signOut}
        switchUser={signOut}
      />
    );
  }
  // Inside Teams there is no picker to go back to: after a 401 "try again" asks Teams afresh.
  if (current.kind === 'teamsRejected') {
    const retry = () => setSignIn({ kind: 'teams', getToken: teamsTokenSource(cfg), attempt: current.attempt + 1 });
    return <StartupProblem title={t('signIn.teamsFailed')} problem={null} onRetry={retry} />;
  }
  return (
    <SessionLoader
      key={`teams:${current.attempt}`}
      getToken={current.getToken}
      onUnauthorized={() => setSignIn({ kind: 'teamsRejected', attempt: current.attempt })}
      switchUser={null}
    />
  );
}
