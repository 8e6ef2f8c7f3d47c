/**
 * `/sessions` and `/sessions/{id}` (I2, I3): my customer chats beside the open one. The page holds
 * the agent socket its parts share; narrow, it shows the list or the open chat, not both. A chat
 * opened from the live chats (`/sessions/live/{id}`) leads back there.
 */
import { Body1, makeStyles, MessageBar, MessageBarBody, mergeClasses, Title3, tokens } from '@fluentui/react-components';
import { pathOf } from '../../app/routes';
import { navigate, RouterLink } from '../../app/router';
import { useSession } from '../../app/session';
import { Loading } from '../../components/Loading';
import { NARROW } from '../../components/narrow';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { FeedContext, useAgentSocket } from './feed';
import { DelegatedSessions } from './DelegatedSessions';
import { SessionList } from './SessionList';
import { SessionPane } from './SessionPane';
import { useMySessions } from './use-my-sessions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  columns: { display: 'grid', gridTemplateColumns: 'minmax(220px, 1fr) minmax(0, 3fr)', gap: tokens.spacingHorizontalXL, [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' } },
  hideNarrow: { [NARROW]: { display: 'none' } },
  backLink: { display: 'none', [NARROW]: { display: 'inline' } },
  backLive: { display: 'inline' },
});

/** Where the open chat was opened from: my list, or the live chats (I6). */
export type OpenedFrom = 'mine' | 'live';

export function SessionsPage({ id, from }: { id: string | null; from: OpenedFrom }) {
  const { api } = useSession();
  const { locale } = useI18n();
  const feed = useAgentSocket(api, locale);
  return (
    <FeedContext.Provider value={feed}>
      <Sessions id={id} from={from} polling={feed.down} live={feed.up} />
    </FeedContext.Provider>
  );
}

function Sessions({ id, from, polling, live }: { id: string | null; from: OpenedFrom; polling: boolean; live: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const mine = useMySessions(api, me.user.id);

  const back = from === 'live' ? pathOf({ name: 'liveSessions' }) : pathOf({ name: 'sessions', id: null });
  const closeWindow = (sessionId: string) => {
    mine.hide(sessionId);
    navigate(back);
  };

  return (
    <section className={styles.root} aria-labelledby="sessions-heading" data-testid="sessions-page" data-live={live ? 'socket' : 'polling'}>
      <Title3 as="h1" id="sessions-heading">
        {t('sessions.heading')}
      </Title3>
      {polling && mine.sessions !== null && (
        <MessageBar intent="info" data-testid="sessions-polling">
          <MessageBarBody>{t('sessions.polling')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.columns}>
        <nav aria-label={t('sessions.list.label')} className={mergeClasses(id !== null && styles.hideNarrow)}>
          {mine.problem !== null && <ProblemBanner problem={mine.problem} onRetry={mine.reload} />}
          {mine.sessions === null ? mine.problem === null && <Loading label={t('app.loading')} /> : <SessionList sessions={mine.sessions} userId={me.user.id} selectedId={id} />}
          <DelegatedSessions api={api} myId={me.user.id} onTaken={mine.reload} />
        </nav>
        <div className={mergeClasses(id === null && styles.hideNarrow)}>
          {id === null ? (
            <Body1>{t('sessions.pick')}</Body1>
          ) : (
            <>
              <span className={from === 'live' ? styles.backLive : styles.backLink}>
                <RouterLink href={back} data-testid="session-back">
                  {from === 'live' ? t('sessions.backLive') : t('sessions.back')}
                </RouterLink>
              </span>
              <SessionPane key={id} sessionId={id} onChanged={mine.reload} onCloseWindow={closeWindow} onLeave={() => navigate(back)} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
