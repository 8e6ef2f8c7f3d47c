/**
 * J2: under an entry a delegate made for someone, who acted for whom, phrased for the reader
 * (on-behalf-model.ts). Nothing for an entry whose actor acted for themself.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { PeopleSwapRegular } from '@fluentui/react-icons';
import type { TimelineEntry } from '../../api/types';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { onBehalfPhrase } from './on-behalf-model';

const useStyles = makeStyles({
  line: { gridColumnStart: 2, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, color: tokens.colorNeutralForeground2 },
});

export function OnBehalfLine({ entry }: { entry: Pick<TimelineEntry, 'id' | 'kind' | 'toStatus' | 'note' | 'actor' | 'onBehalfOf'> }) {
  const { t } = useI18n();
  const { me } = useSession();
  const styles = useStyles();
  const phrase = onBehalfPhrase(t, entry, me.user.id);
  if (phrase === null) return null;
  return (
    <Caption1 className={styles.line} data-testid={`timeline-onbehalf-${entry.id}`}>
      <PeopleSwapRegular aria-hidden />
      {phrase}
    </Caption1>
  );
}
