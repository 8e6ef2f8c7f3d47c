/**
 * "Chat language" on the Settings page (K1): the language the bot writes in, in group chats, for
 * the tenant as a default and for each team (the record's owning team decides). Admins only; for
 * others the section is not shown (the page already says settings are for admins). Saved with
 * If-Match; a 412 offers to load the current values. Other service instances may keep the old
 * language for up to 30 seconds.
 */
import { Body1, Body1Strong, Button, Dropdown, Field, makeStyles, mergeClasses, Option, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { ApiProblem } from '../api/problem';
import { useState } from 'react';
import { getChatLanguages, patchChatLanguages } from '../api/endpoints';
import type { ChatLanguage, ChatLanguages, ChatLanguagesPatch } from '../api/types';
import { useSession } from '../app/session';
import { useAction } from '../app/use-action';
import { AdminSettingsSection, type AdminFormProps } from '../components/AdminSettingsSection';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

/** Each language named in itself, as language pickers do. */
const LANGUAGE_NAMES = { en: 'English', da: 'Dansk', sv: 'Svenska' } as const;
const LANGUAGES = ['en', 'da', 'sv'] as const;
const DEFAULT = 'default';

export function ChatLanguageSettings() {
  const { t } = useI18n();
  const { api } = useSession();
  return (
    <AdminSettingsSection
      headingId="chat-language-heading"
      heading={t('chatLanguage.title')}
      testId="chat-language-settings"
      loadingLabel={t('settings.loading')}
      load={(signal) => getChatLanguages(api, signal)}
      deps={[api]}
      form={(props) => <ChatLanguageForm {...props} />}
    />
  );
}

function ChatLanguageForm({ doc, saved, onEdit, onSaved, onReload }: AdminFormProps<ChatLanguages>) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [tenant, setTenant] = useState<ChatLanguage>(doc.tenant.language);
  const [teams, setTeams] = useState<Record<string, ChatLanguage>>(() => Object.fromEntries(doc.teams.map((team) => [team.id, team.language])));
  const { busy, problem, run } = useAction();

  const patch: ChatLanguagesPatch = {};
  if (tenant !== doc.tenant.language) patch.tenant = { language: tenant };
  const changedTeams = doc.teams.filter((team) => (teams[team.id] ?? null) !== team.language).map((team) => ({ id: team.id, language: teams[team.id] ?? null }));
  if (changedTeams.length > 0) patch.teams = changedTeams;
  const dirty = patch.tenant !== undefined || patch.teams !== undefined;
  const tenantName = LANGUAGE_NAMES[tenant ?? 'en'];

  async function save() {
    await run(async () => {
      onSaved(await patchChatLanguages(api, doc.etag, patch));
    }, { settle: true });
  }

  const conflict = problem instanceof ApiProblem && problem.status === 412;
  return (
    <form
      className={styles.root}
      aria-labelledby="chat-language-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && !busy) void save();
      }}
    >
      <Body1>{t('chatLanguage.intro')}</Body1>
      <div className={styles.fields}>
        <Field label={t('chatLanguage.tenant')}>
          <Dropdown
            data-testid="chat-language-tenant"
            value={tenantName}
            selectedOptions={[tenant ?? 'en']}
            onOptionSelect={(_, data) => {
              const language = LANGUAGES.find((l) => l === data.optionValue);
              if (language) {
                setTenant(language);
                onEdit();
              }
            }}
          >
            {LANGUAGES.map((language) => (
              <Option key={language} value={language}>
                {LANGUAGE_NAMES[language]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {doc.teams.map((team) => {
          const language = teams[team.id] ?? null;
          const defaultLabel = t('chatLanguage.tenantDefault', { language: tenantName });
          return (
            <Field key={team.id} label={team.name}>
              <Dropdown
                data-testid={`chat-language-team-${team.id}`}
                value={language === null ? defaultLabel : LANGUAGE_NAMES[language]}
                selectedOptions={[language ?? DEFAULT]}
                onOptionSelect={(_, data) => {
                  const next = LANGUAGES.find((l) => l === data.optionValue) ?? null;
                  setTeams((current) => ({ ...current, [team.id]: next }));
                  onEdit();
                }}
              >
                <Option value={DEFAULT} text={defaultLabel}>
                  {defaultLabel}
                </Option>
                {LANGUAGES.map((l) => (
                  <Option key={l} value={l} data-testid={`chat-language-option-${team.id}-${l}`}>
                    {LANGUAGE_NAMES[l]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      {problem !== null && <ProblemBanner problem={problem} {...(conflict ? { onRetry: onReload } : {})} />}
      <div className={styles.bar}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={!dirty || busy} data-testid="chat-language-save">
          {busy ? t('settings.saving') : t('settings.save')}
        </Button>
        <Body1Strong role="status" className={mergeClasses(saved && !dirty && styles.saved)} data-testid={saved && !dirty ? 'chat-language-saved' : 'chat-language-state'}>
          {t(busy ? 'settings.saving' : dirty ? 'settings.unsaved' : saved ? 'settings.saved' : 'settings.upToDate')}
        </Body1Strong>
      </div>
    </form>
  );
}
