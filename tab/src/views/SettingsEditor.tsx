/** Edits a loaded settings document; Save sends only the changed fields with If-Match. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { patchSettings } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import type { RecordType, SettingsDocument } from '../api/types';
import { useSession } from '../app/session';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { diffSettings, isEmptyPatch } from './settings-model';
import { SettingsForm } from './SettingsForm';
import { useAction } from '../app/use-action';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface SettingsEditorProps {
  doc: SettingsDocument;
  recordType: RecordType | undefined;
  onSaved: (doc: SettingsDocument) => void;
  /** The user changed something after the last save. */
  onEdit: () => void;
  /** Loads the current settings again (after a 412). */
  onReload: () => void;
}

export function SettingsEditor({ doc, recordType, onSaved, onEdit, onReload }: SettingsEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState(doc.settings);
  const { busy, problem, setProblem, run } = useAction();
  const patch = diffSettings(doc.settings, draft);
  const dirty = !isEmptyPatch(patch);

  async function save() {
    await run(async () => onSaved(await patchSettings(api, doc.type, doc.etag, patch)));
  }

  const conflict = problem instanceof ApiProblem && problem.status === 412;
  return (
    <form
      className={styles.root}
      aria-label={recordType?.name ?? doc.type}
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && !busy) void save();
      }}
    >
      <SettingsForm
        recordType={recordType}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setProblem(null);
          onEdit();
        }}
      />
      {problem !== null && <ProblemBanner problem={problem} {...(conflict ? { onRetry: onReload } : {})} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={!dirty || busy} data-testid="settings-save">
          {busy ? t('settings.saving') : t('settings.save')}
        </Button>
        <Button type="button" disabled={!dirty || busy} onClick={() => setDraft(doc.settings)}>
          {t('settings.discard')}
        </Button>
        {dirty && <Caption1 role="status">{t('settings.unsaved')}</Caption1>}
      </div>
    </form>
  );
}
