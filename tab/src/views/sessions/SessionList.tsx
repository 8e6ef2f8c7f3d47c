/**
 * My sessions as a list of links: the customer, what the session is to me (mine, listening,
 * offered to me) and its state. A pending transfer is highlighted, in words as well as color.
 */
import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ChatSession } from '../../api/sessions-endpoints';
import { pathOf } from '../../app/routes';
import { RouterLink } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { partOf, visitorName } from './session-model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  selected: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  pending: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export function SessionList({ sessions, userId, selectedId }: { sessions: ChatSession[]; userId: string; selectedId: string | null }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  if (sessions.length === 0) return <Body1 data-testid="sessions-empty">{t('sessions.empty')}</Body1>;
  return (
    <ul className={styles.list} aria-label={t('sessions.list.label')} data-testid="session-list">
      {sessions.map((session) => {
        const part = partOf(session, userId);
        const pending = session.transfer?.status === 'pending';
        const selected = session.id === selectedId;
        return (
          <li
            key={session.id}
            className={mergeClasses(styles.item, selected && styles.selected, pending && styles.pending)}
            data-testid={`session-item-${session.id}`}
            data-part={part}
            data-pending={pending ? 'true' : 'false'}
          >
            <RouterLink href={pathOf({ name: 'sessions', id: session.id })} aria-current={selected ? 'page' : undefined}>
              {visitorName(session, t)}
            </RouterLink>
            <span className={styles.badges}>
              {part === 'handling' && <Badge appearance="tint" color="brand">{t('sessions.badge.handling')}</Badge>}
              {part === 'listening' && <Badge appearance="tint" color="informative">{t('sessions.badge.listening')}</Badge>}
              {part === 'offered' && <Badge appearance="filled" color="warning">{t('sessions.badge.offered')}</Badge>}
              {pending && part !== 'offered' && <Badge appearance="tint" color="warning">{t('sessions.badge.transferPending')}</Badge>}
              {session.status === 'queued' && <Badge appearance="tint" color="subtle">{t('sessions.badge.queued')}</Badge>}
              {session.status === 'closed' && <Badge appearance="tint" color="subtle">{t('sessions.badge.closed')}</Badge>}
            </span>
            <Caption1>{formatDateTime(session.lastActivityAt)}</Caption1>
          </li>
        );
      })}
    </ul>
  );
}
