/**
 * `/delegation` (J1): my delegates — with "Add delegate" and Remove, and the limit shown ("3 of
 * 15") — and the people I act for, each linking to their work in "Delegated to me" on My work
 * (`/?delegator={id}`). The service decides everything (policy, roles, limits); its refusals are
 * shown as they come, in the reader's language.
 */
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Persona, Subtitle2, Title3, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DirectoryUser } from '../../api/types';
import { RouterLink } from '../../app/router';
import { useSession } from '../../app/session';
import { useAction } from '../../app/use-action';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { DelegatePicker } from './DelegatePicker';
import { addDelegate, getDelegates, getDelegators, removeDelegate, type DelegationList, type DelegationPerson } from './delegation-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

/** Where a delegator's work is: "Delegated to me" on My work, filtered to them. */
export function delegatorWorkPath(userId: string): string {
  return `/?${new URLSearchParams({ delegator: userId }).toString()}`;
}

export function DelegationPage() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="delegation-heading">
      <Title3 as="h1" id="delegation-heading">
        {t('delegation.title')}
      </Title3>
      <Body1>{t('delegation.intro')}</Body1>
      <MyDelegates />
      <MyDelegators />
    </section>
  );
}

function MyDelegates() {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const loaded = useLoad((signal) => getDelegates(api, signal), [api]);
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const [additions, setAdditions] = useState(0);
  const state = loaded.state;

  async function add(user: DirectoryUser) {
    setDone(null);
    await action.run(async () => {
      const person = await addDelegate(api, user.id);
      loaded.update((list) => ({ ...list, items: [...list.items.filter((p) => p.userId !== person.userId), person].sort(byName) }));
      setDone(t('delegation.add.added', { name: person.displayName }));
      setAdditions((n) => n + 1);
    }, { settle: true });
  }

  async function remove(person: DelegationPerson) {
    setDone(null);
    await action.run(async () => {
      await removeDelegate(api, person.userId);
      loaded.update((list) => ({ ...list, items: list.items.filter((p) => p.userId !== person.userId) }));
      setDone(t('delegation.removed', { name: person.displayName }));
    }, { settle: true });
  }

  const list: DelegationList | null = state.status === 'done' ? state.data : null;
  const full = list !== null && list.items.length >= list.limit;
  return (
    <section className={styles.section} aria-labelledby="delegates-heading" data-testid="my-delegates">
      <div className={styles.heading}>
        <Subtitle2 as="h2" id="delegates-heading">
          {t('delegation.delegates.title')}
        </Subtitle2>
        {list && <Caption1 data-testid="delegates-count">{t('delegation.delegates.count', { count: list.items.length, limit: list.limit })}</Caption1>}
      </div>
      {state.status === 'loading' && <Loading label={t('delegation.loading')} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={loaded.reload} />}
      {list && (
        <>
          <DelegatePicker key={additions} exclude={[me.user.id, ...list.items.map((p) => p.userId)]} disabled={full} busy={action.busy} onAdd={(user) => void add(user)} />
          {full && <Caption1>{t('delegation.delegates.full')}</Caption1>}
          {action.problem !== null && <ProblemBanner problem={action.problem} />}
          {done !== null && (
            <MessageBar intent="success" data-testid="delegation-done">
              <MessageBarBody>{done}</MessageBarBody>
            </MessageBar>
          )}
          {list.items.length === 0 ? (
            <Body1 data-testid="delegates-empty">{t('delegation.delegates.empty')}</Body1>
          ) : (
            <ul className={styles.list}>
              {list.items.map((person) => (
                <li key={person.userId} className={styles.item} data-testid={`delegate-${person.userId}`}>
                  <Persona name={person.displayName} secondaryText={`${person.email} · ${t('delegation.since', { date: formatDateTime(person.since) })}`} avatar={{ color: 'colorful', 'aria-hidden': true }} />
                  <Button
                    icon={<DismissRegular />}
                    disabled={action.busy}
                    aria-label={t('delegation.removeLabel', { name: person.displayName })}
                    onClick={() => void remove(person)}
                    data-testid={`delegate-remove-${person.userId}`}
                  >
                    {t('delegation.remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function MyDelegators() {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => getDelegators(api, signal), [api]);
  const state = loaded.state;
  return (
    <section className={styles.section} aria-labelledby="delegators-heading" data-testid="my-delegators">
      <Subtitle2 as="h2" id="delegators-heading">
        {t('delegation.delegators.title')}
      </Subtitle2>
      {state.status === 'loading' && <Loading label={t('delegation.loading')} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={loaded.reload} />}
      {state.status === 'done' && state.data.items.length === 0 && <Body1>{t('delegation.delegators.empty')}</Body1>}
      {state.status === 'done' && state.data.items.length > 0 && (
        <ul className={styles.list}>
          {state.data.items.map((person) => (
            <li key={person.userId} className={styles.item} data-testid={`delegator-${person.userId}`}>
              <Persona name={person.displayName} secondaryText={`${person.email} · ${t('delegation.since', { date: formatDateTime(person.since) })}`} avatar={{ color: 'colorful', 'aria-hidden': true }} />
              <RouterLink href={delegatorWorkPath(person.userId)} data-testid={`delegator-open-${person.userId}`}>
                {t('delegation.delegators.open')}
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function byName(a: DelegationPerson, b: DelegationPerson): number {
  return a.displayName.localeCompare(b.displayName);
}
