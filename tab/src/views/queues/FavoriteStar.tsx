/** The favorite star of the record page header (H2): toggles the record in my favorites. */
import { ToggleButton, Tooltip } from '@fluentui/react-components';
import { StarFilled, StarRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { setFavorite } from './queue-api';

export function FavoriteStar({ recordId, favorite }: { recordId: string; favorite: boolean | undefined }) {
  const { t } = useI18n();
  const { api } = useSession();
  const [on, setOn] = useState(favorite === true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  // Only GET /api/records/{id} says; a record view from an action (without it) changes nothing.
  useEffect(() => {
    if (favorite !== undefined) setOn(favorite);
  }, [favorite]);
  const label = on ? t('queues.favoriteRemove') : t('queues.favoriteAdd');
  async function toggle() {
    setBusy(true);
    setProblem(null);
    try {
      await setFavorite(api, recordId, !on);
      setOn(!on);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
    <Tooltip content={label} relationship="label">
      <ToggleButton
        appearance="subtle"
        checked={on}
        disabled={busy}
        icon={on ? <StarFilled /> : <StarRegular />}
        onClick={() => void toggle()}
        data-testid="favorite-star"
        data-favorite={on ? 'true' : 'false'}
      />
    </Tooltip>
    {problem !== null && <ProblemBanner problem={problem} />}
    </>
  );
}
