/**
 * Who called: find a known person (by name, e-mail or phone number) or enter a new caller (name
 * and an e-mail address or a phone number).
 */
import { Caption1, Field, Input, makeStyles, Radio, RadioGroup, SearchBox, Spinner, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { LIMITS, type CallDraft, type CallIssue } from './phone-model';
import { usePeopleSearch } from './use-people-search';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  results: { maxHeight: '220px', overflowY: 'auto', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface CallerFieldsProps {
  draft: CallDraft;
  onChange: (next: CallDraft) => void;
  /** Issues to show (after the first attempt to register). */
  issues: Set<CallIssue>;
  disabled: boolean;
}

export function CallerFields({ draft, onChange, issues, disabled }: CallerFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const search = usePeopleSearch(draft.mode === 'find' ? query : '');
  const resultsLabel = useId();
  const caller = draft.caller;
  const setCaller = (change: Partial<CallDraft['caller']>) => onChange({ ...draft, caller: { ...caller, ...change } });
  const contactIssue = issues.has('contact') ? t('phone.caller.contactRequired') : undefined;

  return (
    <div className={styles.group}>
      <Field label={t('phone.caller')}>
        <RadioGroup
          layout="horizontal"
          value={draft.mode}
          disabled={disabled}
          onChange={(_, data) => onChange({ ...draft, mode: data.value === 'new' ? 'new' : 'find' })}
        >
          <Radio value="find" label={t('phone.caller.find')} data-testid="call-mode-find" />
          <Radio value="new" label={t('phone.caller.new')} data-testid="call-mode-new" />
        </RadioGroup>
      </Field>
      {draft.mode === 'find' ? (
        <>
          <Field label={t('phone.caller.search')} hint={t('phone.caller.search.hint')}>
            <SearchBox value={query} disabled={disabled} onChange={(_, data) => setQuery(data.value)} data-testid="call-person-search" />
          </Field>
          {search.searching && <Spinner size="tiny" label={t('phone.caller.searching')} role="status" />}
          {search.failed && <Caption1 role="alert">{t('phone.caller.searchFailed')}</Caption1>}
          {query.trim() !== '' && !search.searching && !search.failed && search.people.length === 0 && (
            <Caption1 className={styles.muted} data-testid="call-person-none">
              {t('phone.caller.noMatch')}
            </Caption1>
          )}
          {search.people.length > 0 && (
            <Field label={<span id={resultsLabel}>{t('phone.caller.results')}</span>}>
              <RadioGroup
                className={styles.results}
                aria-labelledby={resultsLabel}
                value={draft.person?.id ?? ''}
                disabled={disabled}
                onChange={(_, data) => onChange({ ...draft, person: search.people.find((p) => p.id === data.value) ?? draft.person })}
              >
                {search.people.map((person) => (
                  <Radio
                    key={person.id}
                    value={person.id}
                    data-testid={`call-person-${person.id}`}
                    label={[person.name, person.email, person.phone, person.company?.name].filter((part) => part !== null && part !== undefined && part !== '').join(' · ')}
                  />
                ))}
              </RadioGroup>
            </Field>
          )}
          {draft.person !== null && (
            <Caption1 data-testid="call-person-chosen">{t('phone.caller.chosen', { name: draft.person.name })}</Caption1>
          )}
          {issues.has('person') && <Caption1 role="alert">{t('phone.caller.personRequired')}</Caption1>}
        </>
      ) : (
        <>
          <Field label={t('phone.caller.name')} required validationState={issues.has('name') ? 'error' : 'none'} validationMessage={issues.has('name') ? t('phone.caller.nameRequired') : undefined}>
            <Input value={caller.name} maxLength={LIMITS.name} disabled={disabled} autoComplete="off" onChange={(_, data) => setCaller({ name: data.value })} data-testid="call-caller-name" />
          </Field>
          <Field
            label={t('phone.caller.email')}
            validationState={issues.has('email') || contactIssue ? 'error' : 'none'}
            validationMessage={issues.has('email') ? t('phone.caller.emailInvalid') : contactIssue}
          >
            <Input type="email" value={caller.email} disabled={disabled} autoComplete="off" onChange={(_, data) => setCaller({ email: data.value })} data-testid="call-caller-email" />
          </Field>
          <Field
            label={t('phone.caller.phone')}
            hint={t('phone.caller.contactHint')}
            validationState={issues.has('phone') || contactIssue ? 'error' : 'none'}
            validationMessage={issues.has('phone') ? t('phone.caller.phoneInvalid') : contactIssue}
          >
            <Input type="tel" value={caller.phone} disabled={disabled} autoComplete="off" onChange={(_, data) => setCaller({ phone: data.value })} data-testid="call-caller-phone" />
          </Field>
        </>
      )}
    </div>
  );
}
