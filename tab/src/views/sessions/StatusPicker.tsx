/**
 * The agent's chat status in the shell header (I1): a colored presence badge with the status in
 * words (never color alone), and a menu of present / away / busy / offline.
 */
import {
  Caption1,
  makeStyles,
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  PresenceBadge,
  type PresenceBadgeStatus,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { AGENT_STATUSES, type AgentStatus } from '../../api/sessions-endpoints';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { STATUS_KEY } from './session-model';
import { useAgentStatus } from './use-agent-status';

const PRESENCE: Record<AgentStatus, PresenceBadgeStatus> = { present: 'available', away: 'away', busy: 'busy', offline: 'offline' };

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** A status badge with its label, for the picker and the lists of agents. */
export function StatusLabel({ status }: { status: AgentStatus }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <span className={styles.item} data-status={status}>
      <PresenceBadge status={PRESENCE[status]} size="small" aria-hidden />
      {t(STATUS_KEY[status])}
    </span>
  );
}

export function StatusPicker() {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const agent = useAgentStatus(api);
  if (!agent.available || agent.status === null) return null;
  const current = agent.status;
  return (
    <span className={styles.root}>
      <Menu checkedValues={{ status: [current] }} onCheckedValueChange={(_, data) => {
        const next = AGENT_STATUSES.find((s) => s === data.checkedItems[0]);
        if (next !== undefined && next !== current) void agent.change(next);
      }}>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton
            size="small"
            appearance="subtle"
            disabled={agent.busy}
            aria-label={t('sessions.status.button', { status: t(STATUS_KEY[current]) })}
            data-testid="status-picker"
            data-status={current}
          >
            <StatusLabel status={current} />
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList aria-label={t('sessions.status.label')}>
            {AGENT_STATUSES.map((status) => (
              <MenuItemRadio key={status} name="status" value={status} data-testid={`status-option-${status}`}>
                <StatusLabel status={status} />
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {agent.problem !== null ? (
        <Caption1 className={styles.failed} role="alert" data-testid="status-failed">
          <ErrorCircleRegular aria-hidden /> {t('sessions.status.failed')}
        </Caption1>
      ) : (
        agent.beatProblem !== null && (
          <Caption1 className={styles.failed} role="alert" data-testid="status-heartbeat-failed">
            <ErrorCircleRegular aria-hidden /> {t('sessions.status.heartbeatFailed')}
          </Caption1>
        )
      )}
    </span>
  );
}
