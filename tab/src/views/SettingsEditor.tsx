/**
 * Edits a loaded settings document; Save sends only the changed fields with If-Match. A save bar
 * sticks to the bottom of the view and says where the edit stands (unsaved changes, fields to
 * correct, saving, saved, not saved), so the outcome of a save is always in sight.
 */
import { Body1Strong, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { patchSettings } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import type { RecordType, SettingsDocument } from '../api/types';
import { useSession } from '../app/session';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/en';
import { SUPPORT_ADDRESS_PATH } from './intake-settings-model';
import { diffSettings, invalidSettings, isEmptyPatch } from './settings-model';
import { SettingsForm } from './SettingsForm';
import { useAction } from '../app/use-action';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  state: { marginInlineStart: tokens.spacingHorizontalS },
  saved: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type BarState = 'clean' | 'unsaved' | 'invalid' | 'saving' | 'saved' | 'error';

const STATE_TEXT: Record<BarState, MessageKey> = {
  clean: 'settings.upToDate',
  unsaved: 'settings.unsaved',
  invalid: 'settings.fixFields',
  saving: 'settings.saving',
  saved: 'settings.saved',
  error: 'settings.invalid',
};

export interface SettingsEditorProps {
  doc: SettingsDocument;
  recordType: RecordType | undefined;
  onSaved: (doc: SettingsDocument) => void;
  /** The document was just saved (and not changed since): the bar says so. */
  saved: boolean;
  /** The user changed something after the last save. */
  onEdit: () => void;
  /** Whether the draft differs from the saved settings (to ask before it is discarded). */
  onDirtyChange: (dirty: boolean) => void;
  /** Loads the current settings again (after a 412). */
  onReload: () => void;
}

export function SettingsEditor({ doc, recordType, onSaved, saved, onEdit, onDirtyChange, onReload }: SettingsEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState(doc.settings);
  const { busy, problem, setProblem, run } = useAction();
  const patch = diffSettings(doc.settings, draft);
  const dirty = !isEmptyPatch(patch);
  const invalid = invalidSettings(draft).length > 0;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  async function save() {
    await run(async () => onSaved(await patchSettings(api, doc.type, doc.etag, patch)));
  }

  const conflict = problem instanceof ApiProblem && problem.status === 412;
  const addressIssue =
    problem instanceof ApiProblem ? (problem.errors.find((issue) => issue.path.endsWith(SUPPORT_ADDRESS_PATH))?.message ?? null) : null;
  const state: BarState = busy ? 'saving' : problem !== null ? 'error' : invalid ? 'invalid' : dirty ? 'unsaved' : saved ? 'saved' : 'clean';
  return (
    <form
      className={styles.root}
      aria-label={recordType?.name ?? doc.type}
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && !invalid && !busy) void save();
      }}
    >
      <SettingsForm
        type={doc.type}
        recordType={recordType}
        addressIssue={addressIssue}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setProblem(null);
          onEdit();
        }}
      />
      {problem !== null && <ProblemBanner problem={problem} {...(conflict ? { onRetry: onReload } : {})} />}
      <div className={styles.bar} data-testid="settings-bar" data-state={state} role="region" aria-label={t('settings.title')}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={!dirty || invalid || busy} data-testid="settings-save">
          {busy ? t('settings.saving') : t('settings.save')}
        </Button>
        <Button type="button" disabled={!dirty || busy} onClick={() => {
            setDraft(doc.settings);
            setProblem(null);
          }}
          data-testid="settings-discard">
          {t('settings.discard')}
        </Button>
        <Body1Strong
          role="status"
          className={mergeClasses(styles.state, state === 'saved' && styles.saved, (state === 'error' || state === 'invalid') && styles.error)}
          data-testid={state === 'saved' ? 'settings-saved' : 'settings-state'}
        >
          {t(STATE_TEXT[state])}
        </Body1Strong>
      </div>
    </form>
  );
}
