/** Picking files to attach: a keyboard-usable file input, the picked files with remove buttons, the limit shown. */
import { Button, Caption1, Field, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatSize, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, overLimit, readFiles, type PickedFile } from './attachments';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  item: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function FilePicker({ files, onChange, testId }: { files: PickedFile[]; onChange: (files: PickedFile[]) => void; testId: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const over = overLimit(files);
  const limit = { count: MAX_ATTACHMENTS, size: formatSize(MAX_ATTACHMENT_BYTES) };
  return (
    <Field
      label={t('compose.attach')}
      hint={t('compose.attachLimit', limit)}
      validationState={over === null ? 'none' : 'error'}
      validationMessage={over === null ? undefined : t(over === 'count' ? 'compose.overLimit.count' : 'compose.overLimit.bytes', limit)}
    >
      {(control) => (
        <div>
          <input
            {...control}
            ref={input}
            type="file"
            multiple
            data-testid={`${testId}-files`}
            onChange={(event) => {
              const picked = Array.from(event.target.files ?? []);
              void readFiles(picked).then((read) => onChange([...files, ...read]));
              if (input.current) input.current.value = '';
            }}
          />
          {files.length > 0 && (
            <ul className={styles.list} data-testid={`${testId}-picked`}>
              {files.map((file, index) => (
                <li key={`${file.filename}-${index}`} className={styles.item}>
                  <Caption1>
                    {file.filename} ({formatSize(file.size)})
                  </Caption1>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DismissRegular />}
                    aria-label={t('compose.remove', { name: file.filename })}
                    onClick={() => onChange(files.filter((_, i) => i !== index))}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
