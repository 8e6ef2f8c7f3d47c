/**
 * The agent's own switch for Teams notifications (H3): when off, nothing about their work is sent
 * to them in Teams — no activity-feed item, no card in their chat with the bot.
 */
import { Caption1, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { ResponseBody } from '../api/types';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';

type Preferences = ResponseBody<'/api/me/preferences', 'get'>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalXXXL },
});

export function NotificationPreference() {
  const { api } = useSession();
  const { t } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const loaded = useLoad((signal) => api.get<Preferences>('/api/me/preferences', undefined, signal), [api]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const change = async (teamsNotifications: boolean) => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = await api.send<Preferences>('/api/me/preferences', { method: 'PUT', body: { teamsNotifications } });
      loaded.replace(saved.body);
    } catch (error) {
      setProblem(error);
    } finally {
      setSaving(false);
    }
  };

  if (loaded.state.status === 'failed') return <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  const checked = loaded.state.status === 'done' ? loaded.state.data.teamsNotifications : true;
  return (
    <div className={styles.root}>
      <Switch
        data-testid="teams-notifications"
        label={t('notify.teams.label')}
        checked={checked}
        disabled={saving || loaded.state.status !== 'done'}
        aria-describedby={hintId}
        onChange={(_, data) => void change(data.checked)}
      />
      <Caption1 id={hintId} className={styles.hint}>
        {t('notify.teams.hint')}
      </Caption1>
      {problem !== null && <ProblemBanner problem={problem} />}
    </div>
  );
}
