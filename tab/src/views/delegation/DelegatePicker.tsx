/**
 * "Add delegate": a people picker of the tenant's users (`GET /api/users`, debounced as the user
 * types, as the owner picker) and an Add button. Oneself and people already named are left out;
 * every other refusal (policy, roles, the limits) is the service's, shown by the page (which
 * remounts the picker after an addition, so it starts over).
 * `data-testid="delegate-picker"` is the input, each option `delegate-option-<user id>`.
 */
import { Button, Combobox, Field, makeStyles, Option, Persona, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { DirectoryUser } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useUserSearch } from '../use-user-search';

const NOTHING = '__nothing__';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  combobox: { minWidth: '280px' },
});

export interface DelegatePickerProps {
  /** User ids not to offer (oneself, current delegates). */
  exclude: readonly string[];
  disabled: boolean;
  busy: boolean;
  onAdd: (user: DirectoryUser) => void;
}

export function DelegatePicker({ exclude, disabled, busy, onAdd }: DelegatePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<DirectoryUser | null>(null);
  const query = chosen !== null && text === chosen.displayName ? '' : text.trim();
  const { users, current, failed } = useUserSearch(query, open);
  const offered = users.filter((u) => !exclude.includes(u.id));

  let note: string | null = null;
  if (failed) note = t('delegation.add.searchFailed');
  else if (!current && offered.length === 0) note = t('delegation.add.searching');
  else if (current && offered.length === 0 && query !== '') note = t('delegation.add.noMatches', { text: query });

  return (
    <div className={styles.row}>
      <Field label={t('delegation.add.label')}>
        <Combobox
          className={styles.combobox}
          data-testid="delegate-picker"
          value={text}
          selectedOptions={chosen ? [chosen.id] : []}
          placeholder={t('delegation.add.placeholder')}
          disabled={disabled}
          onChange={(event) => {
            setText(event.target.value);
            setChosen(null);
          }}
          onOpenChange={(_, data) => setOpen(data.open)}
          onOptionSelect={(_, data) => {
            if (data.optionValue === undefined || data.optionValue === NOTHING) return;
            const user = offered.find((candidate) => candidate.id === data.optionValue);
            if (!user) return;
            setChosen(user);
            setText(user.displayName);
          }}
        >
          {offered.map((user) => (
            <Option key={user.id} value={user.id} text={user.displayName} data-testid={`delegate-option-${user.id}`}>
              <Persona name={user.displayName} secondaryText={user.email} avatar={{ color: 'colorful', 'aria-hidden': true }} size="small" />
            </Option>
          ))}
          {note !== null && (
            <Option value={NOTHING} text="" disabled data-testid="delegate-options-note">
              {note}
            </Option>
          )}
        </Combobox>
      </Field>
      <Button appearance="primary" icon={<PersonAddRegular />} disabled={disabled || busy || chosen === null} onClick={() => chosen && onAdd(chosen)} data-testid="delegate-add">
        {busy ? t('delegation.add.busy') : t('delegation.add.button')}
      </Button>
    </div>
  );
}
