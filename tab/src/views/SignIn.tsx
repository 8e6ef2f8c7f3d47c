/** Local mode: pick a demo user; `POST /dev/token` signs in as them. */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Persona,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { createDevToken, getDevUsers } from '../api/endpoints';
import type { DevUser } from '../api/types';
import { useLoad } from '../app/use-load';
import type { StoredToken } from '../auth/token-store';
import { Loading } from '../components/Loading';
import { NARROW } from '../components/narrow';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    maxWidth: '760px',
    [NARROW]: { padding: tokens.spacingHorizontalM },
  },
  list: { display: 'grid', gap: tokens.spacingVerticalS, listStyleType: 'none', margin: 0, padding: 0 },
  user: {
    display: 'grid',
    gridTemplateColumns: 'minmax(220px, 1fr) minmax(160px, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Narrow: who, then roles and teams, then the button, one under the other.
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', justifyItems: 'start', rowGap: tokens.spacingVerticalS },
  },
  facts: { display: 'flex', flexDirection: 'column' },
});

export interface SignInProps {
  api: ApiClient;
  onSignedIn: (token: StoredToken) => void;
}

export function SignIn({ api, onSignedIn }: SignInProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const users = useLoad(() => getDevUsers(api), [api]);
  const [busyUserId, setBusyUserId] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function signInAs(user: DevUser) {
    setBusyUserId(user.id);
    setProblem(null);
    try {
      const token = await createDevToken(api, user.id);
      onSignedIn({ ...token, userId: user.id });
    } catch (error) {
      setProblem(error);
      setBusyUserId(null);
    }
  }

  const list = (value: string[]) => (value.length === 0 ? t('signIn.none') : value.join(', '));

  return (
    <main className={styles.root}>
      <Title3 as="h1">{t('signIn.title')}</Title3>
      <Body1>{t('signIn.intro')}</Body1>
      {problem !== null && <ProblemBanner problem={problem} />}
      {users.state.status === 'loading' && <Loading label={t('signIn.loading')} />}
      {users.state.status === 'failed' && <ProblemBanner problem={users.state.problem} onRetry={users.reload} />}
      {users.state.status === 'done' && users.state.data.length === 0 && <Body1>{t('signIn.noUsers')}</Body1>}
      {users.state.status === 'done' && (
        <ul className={styles.list}>
          {users.state.data.map((user) => (
            <li key={user.id} className={styles.user}>
              <Persona name={user.displayName} secondaryText={user.email} tertiaryText={user.tenantName} size="large" />
              <span className={styles.facts}>
                <Caption1>{t('signIn.roles', { roles: list(user.roleNames) })}</Caption1>
                <Caption1>{t('signIn.teams', { teams: list(user.teamNames) })}</Caption1>
              </span>
              <Button
                appearance={busyUserId === user.id ? 'primary' : 'secondary'}
                data-testid={`signin-user-${user.id}`}
                disabled={busyUserId !== null}
                onClick={() => void signInAs(user)}
              >
                {t('signIn.signInAs', { name: user.displayName })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {busyUserId !== null && <Text role="status">{t('app.loading')}</Text>}
    </main>
  );
}
