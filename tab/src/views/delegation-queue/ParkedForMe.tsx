/** J6: "Parked for me" in My work — the cases my delegates parked for me, each with who parked it and "Pick up". */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord } from '../../api/types';
import { pathOf } from '../../app/routes';
import { RouterLink } from '../../app/router';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { pickUpRecord } from './delegated-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function ParkedForMe({ records, onPickedUp }: { records: ServiceRecord[]; onPickedUp: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function pickUp(id: string) {
    setBusy(id);
    setProblem(null);
    try {
      await pickUpRecord(api, id);
      onPickedUp();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className={styles.root} aria-labelledby="parked-for-me-heading" data-testid="parked-for-me">
      <Subtitle1 as="h2" id="parked-for-me-heading">{t('delegatedWork.parkedForMe.title')}</Subtitle1>
      {problem !== null && <ProblemBanner problem={problem} />}
      {records.map((record) => (
        <MessageBar key={record.id} intent="info" data-testid={`parked-for-me-${record.id}`}>
          <MessageBarBody>
            <div className={styles.row}>
              <RouterLink href={pathOf({ name: 'record', type: record.type, id: record.id })}>{record.number} · {record.title}</RouterLink>
              {record.parked && <Caption1>{t('delegatedWork.parkedForMe.by', { name: record.parked.by.displayName })}</Caption1>}
              <Button size="small" appearance="primary" disabled={busy !== null} onClick={() => void pickUp(record.id)} data-testid={`pick-up-${record.id}`}>
                {busy === record.id ? t('delegatedWork.pickingUp') : t('delegatedWork.pickUp')}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
