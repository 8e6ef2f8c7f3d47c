/**
 * J2 "Delegated to me" in the sessions view: the open chats of the people I am a delegate for
 * (`GET /api/sessions?view=delegated`), each with "Take for {name}" while its delegator handles it.
 * Taking one makes it mine to handle for them (the service checks the delegation); it then opens.
 * Grouped by delegator: a tab per delegator with its count (as "My work"'s delegated view), "All"
 * first; the filter is this view's own state (the list is small: one read serves every tab).
 * Nothing shows for someone who is nobody's delegate.
 */
import { Badge, Button, Caption1, makeStyles, Subtitle2, Tab, TabList, tokens } from '@fluentui/react-components';
import { PersonArrowLeftRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { isAbort } from '../../api/problem';
import { listSessions, takeFor, type ChatSession } from '../../api/sessions-endpoints';
import { pathOf } from '../../app/routes';
import { navigate, RouterLink } from '../../app/router';
import { useAction } from '../../app/use-action';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { POLL_LIST_MS, useFeed } from './feed';
import { visitorName } from './session-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalL },
  tabs: { flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** Whose work a delegated session is: the delegator it is handled or parked for, else its agent. */
function delegatorOf(session: ChatSession): { id: string; displayName: string } | null {
  return session.actingFor ?? session.parked?.forUser ?? session.agent;
}

/** The delegators of the listed sessions with how many each has, in order of first appearance (the list is oldest first). */
export function delegatorCounts(sessions: readonly ChatSession[]): Array<{ id: string; displayName: string; count: number }> {
  const counts = new Map<string, { id: string; displayName: string; count: number }>();
  for (const session of sessions) {
    const delegator = delegatorOf(session);
    if (!delegator) continue;
    const known = counts.get(delegator.id);
    counts.set(delegator.id, { id: delegator.id, displayName: delegator.displayName, count: (known?.count ?? 0) + 1 });
  }
  return [...counts.values()];
}

export function DelegatedSessions({ api, myId, onTaken }: { api: ApiClient; myId: string; onTaken: () => void }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const feed = useFeed();
  const action = useAction();
  const [sessions, setSessions] = useState<ChatSession[] | null>(null);
  const [chosen, setChosen] = useState<string>('all');
  const running = useRef<AbortController | null>(null);

  const reload = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    listSessions(api, 'delegated', controller.signal).then(setSessions, (error: unknown) => {
      // The list is a help beside my own: a failure leaves the last one shown.
      if (!isAbort(error)) setSessions((current) => current ?? []);
    });
  }, [api]);

  useEffect(() => {
    reload();
    return () => running.current?.abort();
  }, [reload]);
  useVisiblePoll(reload, POLL_LIST_MS);
  useEffect(() => {
    if (feed === null) return;
    return feed.socket.on((event) => {
      if (event.type === 'mine' || event.type === 'state') reload();
    });
  }, [feed, reload]);

  // Nobody's delegate (or none of their chats open): the section stays away.
  if (sessions === null || sessions.length === 0) return null;
  const delegators = delegatorCounts(sessions);
  // A delegator whose chats all ended meanwhile: back to all.
  const selected = delegators.some((d) => d.id === chosen) ? chosen : 'all';
  const shown = selected === 'all' ? sessions : sessions.filter((s) => delegatorOf(s)?.id === selected);
  return (
    <section className={styles.root} aria-labelledby="sessions-delegated-heading" data-testid="sessions-delegated">
      <Subtitle2 as="h2" id="sessions-delegated-heading">{t('sessionDelegation.list.heading')}</Subtitle2>
      {action.problem !== null && <ProblemBanner problem={action.problem} />}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={t('sessionDelegation.list.filter')}
        selectedValue={selected}
        onTabSelect={(_, data) => setChosen(String(data.value))}
      >
        <Tab value="all" data-testid="sessions-delegated-tab-all">{t('sessionDelegation.list.count', { label: t('sessionDelegation.list.all'), count: sessions.length })}</Tab>
        {delegators.map((d) => (
          <Tab key={d.id} value={d.id} data-testid={`sessions-delegated-tab-${d.id}`}>{t('sessionDelegation.list.count', { label: d.displayName, count: d.count })}</Tab>
        ))}
      </TabList>
      <ul className={styles.list} aria-label={t('sessionDelegation.list.label')} data-delegator={selected}>
        {shown.map((session) => {
          const delegator = delegatorOf(session);
          const mayTake = session.status === 'active' && session.agent !== null && session.actingFor === null && session.agent.id !== myId && delegator !== null;
          return (
            <li key={session.id} className={styles.item} data-testid={`session-delegated-${session.id}`}>
              <RouterLink href={pathOf({ name: 'sessions', id: session.id })}>{visitorName(session, t)}</RouterLink>
              <Caption1>
                {session.actingFor !== null && session.agent !== null
                  ? t('sessionDelegation.list.handledFor', { name: session.agent.displayName, for: session.actingFor.displayName })
                  : t('sessionDelegation.list.handledBy', { name: session.agent?.displayName ?? '' })}
              </Caption1>
              {session.parked !== null && <Badge appearance="tint" color="warning">{t('sessionDelegation.badge.parked')}</Badge>}
              <Caption1>{formatDateTime(session.lastActivityAt)}</Caption1>
              {mayTake && (
                <Button
                  icon={<PersonArrowLeftRegular />}
                  disabled={action.busy}
                  data-testid="session-take-for"
                  onClick={() =>
                    void action.run(async () => {
                      try {
                        await takeFor(api, session.id, session.agent?.id ?? null, delegator.id);
                        onTaken();
                        navigate(pathOf({ name: 'sessions', id: session.id }));
                      } finally {
                        reload();
                      }
                    }, { settle: true })
                  }
                >
                  {t('sessionDelegation.take', { name: delegator.displayName })}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
