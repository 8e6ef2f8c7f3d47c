/** Builds the signed-in API client, loads `/api/me` and the record types, then shows the app. */
import { useMemo } from 'react';
import { ApiClient } from '../api/client';
import { getMe, getRecordTypes } from '../api/endpoints';
import { Loading } from '../components/Loading';
import { useI18n } from '../i18n/I18nProvider';
import { StartupProblem } from '../views/StartupProblem';
import { SessionContext, type Session } from './session';
import { Shell } from './Shell';
import { useLoad } from './use-load';

export interface SessionLoaderProps {
  getToken: () => Promise<string>;
  onUnauthorized: () => void;
  switchUser: (() => void) | null;
}

export function SessionLoader({ getToken, onUnauthorized, switchUser }: SessionLoaderProps) {
  const { t, locale } = useI18n();
  // The props are fixed for the life of this component (the parent keys it by sign-in).
  const api = useMemo(() => new ApiClient({ getToken, locale, onUnauthorized }), [locale]);
  const loaded = useLoad(
    async (signal): Promise<Session> => {
      const [me, recordTypes] = await Promise.all([getMe(api, signal), getRecordTypes(api, signal)]);
      return { api, me, recordTypes, switchUser };
    },
    [api],
  );

  if (loaded.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (loaded.state.status === 'failed') return <StartupProblem problem={loaded.state.problem} onRetry={loaded.reload} />;
  return (
    <SessionContext.Provider value={loaded.state.data}>
      <Shell />
    </SessionContext.Provider>
  );
}
