/** The signed-in frame: navigation, who is signed in, and the view of the current route. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PersonSwapRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { NARROW } from '../components/narrow';
import { useI18n } from '../i18n/I18nProvider';
import { CompanyDetail } from '../views/CompanyDetail';
import { NotFound } from '../views/NotFound';
import { RecordDetail } from '../views/RecordDetail';
import { MyWork } from '../views/queues/MyWork';
import { RecordList } from '../views/RecordList';
import { SettingsPage } from '../views/Settings';
import { LiveDashboard } from '../views/sessions/LiveDashboard';
import { mayHandle, mayListen } from '../views/sessions/session-model';
import { SessionsErrorBoundary } from '../views/sessions/SessionsErrorBoundary';
import { SessionsPage } from '../views/sessions/SessionsPage';
import { StatusPicker } from '../views/sessions/StatusPicker';
import { DelegationPage } from '../views/delegation/DelegationPage';
import { matchRoute, type Route } from './routes';
import { RouterLink, useLocation } from './router';
import { useSession } from './session';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: { columnGap: tokens.spacingHorizontalM, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  },
  brand: { fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, flexGrow: 1 },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  user: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  // A word longer than the line (an address, an e-mail) breaks rather than widening the page.
  main: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    overflowWrap: 'break-word',
    [NARROW]: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  },
});

/** A link of the top navigation; the current section's is marked for sight and for screen readers. */
function NavItem({ href, testId, current, children }: { href: string; testId: string; current: boolean; children: ReactNode }) {
  const styles = useStyles();
  return (
    <RouterLink href={href} data-testid={testId} className={current ? styles.current : undefined} aria-current={current ? 'page' : undefined}>
      {children}
    </RouterLink>
  );
}

function View({ route }: { route: Route }) {
  switch (route.name) {
    case 'records':
      return <MyWork />;
    case 'search':
      return <RecordList />;
    case 'record':
      return <RecordDetail key={route.id} type={route.type} id={route.id} />;
    case 'company':
      return <CompanyDetail key={route.id} id={route.id} />;
    case 'settings':
      return <SettingsPage type={route.type} />;
    case 'sessions':
      return (
        <SessionsErrorBoundary>
          <SessionsPage id={route.id} from="mine" />
        </SessionsErrorBoundary>
      );
    case 'liveSession':
      return (
        <SessionsErrorBoundary>
          <SessionsPage id={route.id} from="live" />
        </SessionsErrorBoundary>
      );
    case 'liveSessions':
      return (
        <SessionsErrorBoundary>
          <LiveDashboard />
        </SessionsErrorBoundary>
      );
    case 'delegation':
      return <DelegationPage />;
    case 'config':
    case 'notFound':
      return <NotFound />;
  }
}

export function Shell() {
  const { t } = useI18n();
  const styles = useStyles();
  const session = useSession();
  const route = matchRoute(useLocation().pathname);
  const section = route.name === 'settings' ? 'settings' : route.name === 'sessions' ? 'sessions' : route.name === 'liveSessions' || route.name === 'liveSession' ? 'live' : route.name === 'delegation' ? 'delegation' : 'records';
  const agent = mayHandle(session.me.privileges);
  const listener = mayListen(session.me.privileges);

  return (
    <>
      <header className={styles.header}>
        <Text className={styles.brand}>{t('app.name')}</Text>
        <nav aria-label={t('nav.label')} className={styles.nav}>
          <NavItem href="/" testId="nav-records" current={section === 'records'}>
            {t('nav.records')}
          </NavItem>
          {(agent || listener) && (
            <NavItem href="/sessions" testId="nav-sessions" current={section === 'sessions'}>
              {t('sessions.nav')}
            </NavItem>
          )}
          {listener && (
            <NavItem href="/sessions/live" testId="nav-live-sessions" current={section === 'live'}>
              {t('sessions.navLive')}
            </NavItem>
          )}
          <NavItem href="/delegation" testId="nav-delegation" current={section === 'delegation'}>
            {t('delegation.nav')}
          </NavItem>
          {session.me.isAdmin && (
            <NavItem href="/settings" testId="nav-settings" current={section === 'settings'}>
              {t('nav.settings')}
            </NavItem>
          )}
        </nav>
        <div className={styles.user}>
          {agent && (
            <SessionsErrorBoundary>
              <StatusPicker />
            </SessionsErrorBoundary>
          )}
          <Text data-testid="signed-in-as" data-user-id={session.me.user.id}>
            {t('session.signedInAs', { name: session.me.user.displayName })} · {session.me.tenant.name}
          </Text>
          {session.switchUser && (
            <Button size="small" icon={<PersonSwapRegular />} onClick={session.switchUser} data-testid="switch-user">
              {t('session.switchUser')}
            </Button>
          )}
        </div>
      </header>
      <main className={styles.main}>
        <View route={route} />
      </main>
    </>
  );
}
