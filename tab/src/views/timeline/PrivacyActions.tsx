/**
 * J4/J5 on one timeline entry: "Hide for me" (or "Show again" on one you hid), and on your own
 * private note the lock with "Only you can see this" and "Delete".
 */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EyeOffRegular, EyeRegular, LockClosedRegular } from '@fluentui/react-icons';
import { setEntryHidden, deletePrivateNote } from '../../api/privacy-endpoints';
import type { TimelineEntry } from '../../api/types';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  row: { gridColumnStart: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  private: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorPaletteMarigoldForeground2 },
  hidden: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

export interface PrivacyActionsProps {
  recordId: string;
  entry: TimelineEntry;
  /** After a change (`hidden`: the entry's new state; null for a deleted note): the timeline asks again. */
  onChanged: (entryId: string, hidden: boolean | null) => void;
}

/** Live chat messages come and go with the chat; only stored entries can be hidden. */
const hideable = (entry: TimelineEntry) => entry.kind !== 'lastMessage' && entry.kind !== 'privateNote';

export function PrivacyActions({ recordId, entry, onChanged }: PrivacyActionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const action = useAction();
  const run = (work: () => Promise<void>, hidden: boolean | null) =>
    void action.run(
      async () => {
        await work();
        onChanged(entry.id, hidden);
      },
      { settle: true },
    );

  if (entry.kind === 'privateNote') {
    return (
      <div className={styles.row} data-testid={`timeline-private-${entry.id}`}>
        <Caption1 className={styles.private}>
          <LockClosedRegular aria-hidden />
          {t('privacy.onlyYou')}
        </Caption1>
        <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={t('privacy.delete.label')} disabled={action.busy}
          onClick={() => run(() => deletePrivateNote(api, recordId, entry.id), null)} data-testid={`timeline-private-delete-${entry.id}`}>
          {t('privacy.delete')}
        </Button>
        {action.problem !== null && <ProblemBanner problem={action.problem} />}
      </div>
    );
  }
  if (!hideable(entry)) return null;
  return (
    <div className={styles.row}>
      {entry.hidden && <Caption1 className={styles.hidden} data-testid={`timeline-hidden-${entry.id}`}>{t('privacy.hidden.badge')}</Caption1>}
      <Button size="small" appearance="subtle" icon={entry.hidden ? <EyeRegular /> : <EyeOffRegular />} disabled={action.busy}
        title={entry.hidden ? undefined : t('privacy.hide.label')}
        onClick={() => run(() => setEntryHidden(api, recordId, entry.id, !entry.hidden), !entry.hidden)}
        data-testid={`timeline-${entry.hidden ? 'show' : 'hide'}-${entry.id}`}>
        {entry.hidden ? t('privacy.show') : t('privacy.hide')}
      </Button>
      {action.problem !== null && <ProblemBanner problem={action.problem} />}
    </div>
  );
}

export interface HiddenToggleProps {
  /** How many of the record's entries you hid. */
  count: number;
  /** Whether they are shown (marked). */
  shown: boolean;
  onChange: (shown: boolean) => void;
}

/** J4: "Show hidden (n)" in the timeline's filter bar; nothing while none is hidden and none shown. */
export function HiddenToggle({ count, shown, onChange }: HiddenToggleProps) {
  const { t } = useI18n();
  if (count === 0 && !shown) return null;
  return (
    <Button size="small" appearance={shown ? 'primary' : 'secondary'} aria-pressed={shown} icon={shown ? <EyeOffRegular /> : <EyeRegular />}
      onClick={() => onChange(!shown)} data-testid="timeline-show-hidden">
      {shown ? t('privacy.hideHidden', { count }) : t('privacy.showHidden', { count })}
    </Button>
  );
}
