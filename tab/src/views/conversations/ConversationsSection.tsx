/**
 * The record's conversations (H1, H4): e-mail threads, web-form requests, phone calls, each with
 * its messages. Loading and failure as elsewhere in the tab; kept current with the visible poll
 * (a failed refresh keeps what is shown).
 */
import { Body1, Button, makeStyles, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useCallback, useRef } from 'react';
import { getConversations } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { Loading } from '../../components/Loading';
import { usePanelStyles } from '../../components/panel-styles';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { ConversationCard } from './ConversationCard';
import { ComposeArea, type ComposeRecord } from '../compose/ComposeArea';

const POLL_MS = 10_000;

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: '12px' } });

/**
 * With `record`, the section is also where an agent writes (H3): the composer under the
 * conversations and each message's menu (ComposeArea); `onRecordChanged` after each action.
 */
export function ConversationsSection({ recordId, className, record, onRecordChanged }: { recordId: string; className?: string; record?: ComposeRecord; onRecordChanged?: () => void }) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => getConversations(api, recordId, signal), [api, recordId]);
  const { replace } = loaded;
  const shownId = useRef(recordId);
  shownId.current = recordId;
  const busy = useRef(false);

  const refresh = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    const id = recordId;
    getConversations(api, id)
      .then(
        (items) => {
          if (shownId.current === id) replace(items);
        },
        () => undefined,
      )
      .finally(() => {
        busy.current = false;
      });
  }, [api, recordId, replace]);
  useVisiblePoll(refresh, POLL_MS);

  return (
    <section className={mergeClasses(panel.panel, className)} aria-labelledby="conversations-heading" data-testid="conversations">
      <div className={panel.header}>
        <Subtitle2 as="h2" id="conversations-heading" className={panel.heading}>
          {t('conversations.title')}
        </Subtitle2>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={refresh} data-testid="conversations-refresh">
          {t('conversations.refresh')}
        </Button>
      </div>
      {loaded.state.status === 'loading' && <Loading label={t('conversations.loading')} />}
      {loaded.state.status === 'failed' && <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />}
      <ComposeArea record={record ?? null} conversations={loaded.state.status === 'done' ? loaded.state.data : []} onChanged={() => { refresh(); onRecordChanged?.(); }}>
        {loaded.state.status === 'done' &&
          (loaded.state.data.length === 0 ? (
            <Body1 data-testid="conversations-empty">{t('conversations.empty')}</Body1>
          ) : (
            <div className={styles.list}>
              {loaded.state.data.map((conversation) => (
                <ConversationCard key={conversation.id} conversation={conversation} />
              ))}
            </div>
          ))}
      </ComposeArea>
    </section>
  );
}
