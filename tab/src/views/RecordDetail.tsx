/**
 * `/records/{type}/{id}` — the canonical record URL (A5): the record, its contact and company,
 * kept live like the timeline (use-live-record.ts), for users with write access an edit form that
 * merges changes made underneath it (record-merge.ts), and beside
 * it (below it on narrow screens) the record's conversations (H1, H4), Teams chat panel (C1–C7) and timeline (E1–E5).
 */
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Subtitle2,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { pathOf } from '../app/routes';
import { navigate, RouterLink } from '../app/router';
import { useSession } from '../app/session';
import { Loading } from '../components/Loading';
import { ProblemBanner } from '../components/ProblemBanner';
import { PriorityBadge, StatusBadge } from '../components/RecordBadges';
import { useI18n } from '../i18n/I18nProvider';
import { ConversationsSection } from './conversations/ConversationsSection';
import { RecordActions } from './actions/RecordActions';
import { ActingForBar, useActingFor } from './actions/ActingForBar';
import { RecordParking } from './delegation-queue/RecordParking';
import { RecordActivity } from './RecordActivity';
import { RecordEditForm } from './RecordEditForm';
import { RecordFacts } from './RecordFacts';
import { useLiveRecord } from './use-live-record';
import { FavoriteStar } from './queues/FavoriteStar';

const useStyles = makeStyles({
  // Narrow: the record, its chats, its timeline. Wide: the chats beside the record, the timeline
  // below the record (next to the chats); the chats span both rows.
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridTemplateAreas: '"record" "conversations" "chats" "timeline"',
    gap: tokens.spacingHorizontalXXL,
    alignItems: 'start',
    maxWidth: '1500px',
    '@media (min-width: 1024px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(320px, 420px)',
      gridTemplateRows: 'auto auto 1fr',
      gridTemplateAreas: '"record chats" "conversations chats" "timeline chats"',
    },
  },
  record: { gridArea: 'record' },
  chats: { gridArea: 'chats' },
  conversations: { gridArea: 'conversations', maxWidth: '1100px' },
  timeline: { gridArea: 'timeline', maxWidth: '1100px' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { margin: 0 },
  description: { whiteSpace: 'pre-wrap' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function RecordDetail({ type, id }: { type: string; id: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { recordTypes } = useSession();
  const loaded = useLiveRecord(id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const record = loaded.state.status === 'done' ? loaded.state.data : null;
  // J2: whom I act for on this case (its owner, or `?for=` from the delegated queue, when they are my delegator).
  const { acting, delegators } = useActingFor(record);

  // A link with the wrong type segment still finds the record; show its canonical path.
  useEffect(() => {
    if (record !== null && record.type !== type) {
      navigate(pathOf({ name: 'record', type: record.type, id: record.id }), { replace: true });
    }
  }, [record, type]);

  const back = (
    <RouterLink href="/">
      <span className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('record.back')}
      </span>
    </RouterLink>
  );

  if (loaded.state.status === 'loading') return <Loading label={t('record.loading')} />;
  if (loaded.state.status === 'failed') {
    return (
      <div className={styles.root}>
        {back}
        <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />
      </div>
    );
  }
  const current = loaded.state.data;
  const recordType = recordTypes.find((candidate) => candidate.id === current.type);

  return (
    <div className={styles.layout}>
      <article className={mergeClasses(styles.root, styles.record)} aria-labelledby="record-title">
        {back}
        <header className={styles.heading}>
          <Caption1 data-testid="record-number">
            {recordType?.name ?? current.type} · {current.number}
          </Caption1>
          <Title2 as="h1" id="record-title" className={styles.title} data-testid="record-title">
            {current.title}
          </Title2>
          <div className={styles.badges} data-testid="record-badges">
            <StatusBadge status={current.status} />
            {current.priority !== undefined && <PriorityBadge priority={current.priority} />}
            <FavoriteStar recordId={current.id} favorite={current.favorite} />
            {current.canWrite && !editing && (
              <Button
                icon={<EditRegular />}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
                data-testid="record-edit-start"
              >
                {t('record.edit')}
              </Button>
            )}
          </div>
        </header>

        <ActingForBar acting={acting} />
        {!editing && (
          <RecordActions
            record={current}
            onBehalfOf={acting?.id}
            delegators={delegators}
            onChanged={(next) => {
              setSaved(false);
              loaded.replace(next);
            }}
            onRefresh={loaded.refresh}
          />
        )}
        {/* J6: park for a delegator, or pick up what was parked for me. */}
        {!editing && <RecordParking record={current} onChanged={(next) => loaded.replace(next)} />}

        {saved && (
          <MessageBar intent="success" data-testid="record-saved">
            <MessageBarBody>{t('record.saved')}</MessageBarBody>
          </MessageBar>
        )}
        {!current.canWrite && <Caption1 data-testid="record-read-only">{t('record.readOnly')}</Caption1>}

        {editing ? (
          <RecordEditForm
            record={current}
            onCancel={() => setEditing(false)}
            onRefresh={loaded.refresh}
            onSaved={(next) => {
              loaded.replace(next);
              setEditing(false);
              setSaved(true);
            }}
          />
        ) : (
          current.description !== undefined && (
            <section className={styles.block} aria-labelledby="record-description-heading">
              <Subtitle2 as="h2" id="record-description-heading">
                {t('record.description')}
              </Subtitle2>
              <Body1 className={styles.description} data-testid="record-description">
                {current.description === '' ? t('record.noDescription') : current.description}
              </Body1>
            </section>
          )
        )}

        <RecordFacts record={current} recordType={recordType} />

        <Caption1>
          {t('record.link')}:{' '}
          <Link href={current.url} target="_blank" rel="noopener noreferrer" data-testid="record-url">
            {current.url}
          </Link>
        </Caption1>
      </article>
      <ConversationsSection recordId={current.id} className={styles.conversations} record={{ id: current.id, etag: current.etag, canWrite: current.canWrite, onBehalfOf: acting?.id }} onRecordChanged={loaded.refresh} />
      <RecordActivity record={current} classes={{ chats: styles.chats, timeline: styles.timeline }} />
    </div>
  );
}
