/** A message's attachments: name, size, and Download (the bytes through the API with the user's token). */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, AttachRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { downloadAttachment } from '../../api/endpoints';
import type { MessageAttachment } from '../../api/types';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { formatSize, saveBlob } from './conversation-model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  size: { color: tokens.colorNeutralForeground3 },
});

export function AttachmentList({ attachments, messageId }: { attachments: MessageAttachment[]; messageId: string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function download(attachment: MessageAttachment) {
    setBusy(attachment.id);
    setProblem(null);
    try {
      saveBlob(await downloadAttachment(api, attachment.url), attachment.filename);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div>
      <ul className={styles.list} aria-label={t('conversations.attachments')} data-testid={`attachments-${messageId}`}>
        {attachments.map((attachment) => (
          <li key={attachment.id} className={styles.item}>
            <AttachRegular aria-hidden />
            <span className={styles.name}>{attachment.filename}</span>
            <Caption1 className={styles.size}>{formatSize(attachment.size, locale)}</Caption1>
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowDownloadRegular />}
              disabled={busy !== null}
              aria-label={t('conversations.downloadLabel', { name: attachment.filename })}
              onClick={() => void download(attachment)}
              data-testid={`attachment-download-${messageId}-${attachment.id}`}
            >
              {busy === attachment.id ? t('conversations.downloading') : t('conversations.download')}
            </Button>
          </li>
        ))}
      </ul>
      {problem !== null && <ProblemBanner problem={problem} />}
    </div>
  );
}
