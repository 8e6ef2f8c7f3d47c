/**
 * The record owner as a people picker: a Fluent Combobox that searches `GET /api/users` as the
 * user types (debounced), with "Unassigned" always on top. `data-testid="owner-picker"` is the
 * input; each option is `owner-option-<user id>` (or `owner-option-unassigned`).
 */
import { Combobox, Field, makeStyles, Option, Persona } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useUserSearch } from './use-user-search';

/** A chosen owner; `email` and `teamIds` are known only for someone picked from the search. */
export interface OwnerChoice {
  id: string;
  displayName: string;
  email?: string;
  teamIds?: string[];
}

export interface OwnerPickerProps {
  /** null stands for "Unassigned". */
  value: OwnerChoice | null;
  onChange: (owner: OwnerChoice | null) => void;
  disabled?: boolean;
  /** A hint under the field, e.g. that the owner is not in the owning team. */
  hint?: string | undefined;
}

const UNASSIGNED = '__unassigned__';
const NOTHING = '__nothing__';

const useStyles = makeStyles({
  combobox: { minWidth: '280px' },
});

export function OwnerPicker({ value, onChange, disabled, hint }: OwnerPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const selectedLabel = value?.displayName ?? t('records.unassigned');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(selectedLabel);
  // While the input shows the current choice, list everyone (the first page); otherwise search.
  const query = text.trim() === selectedLabel ? '' : text.trim();
  const { users, current, failed } = useUserSearch(query, open);

  // Closed again (chosen, Escape, or left): show the current choice, not a half-typed search.
  useEffect(() => {
    if (!open) setText(selectedLabel);
  }, [open, selectedLabel]);

  let note: string | null = null;
  if (failed) note = t('record.ownerSearchFailed');
  else if (!current && users.length === 0) note = t('record.ownerSearching');
  else if (current && users.length === 0 && query !== '') note = t('record.ownerNoMatches', { text: query });

  return (
    <Field label={t('record.owner')} hint={hint}>
      <Combobox
        className={styles.combobox}
        data-testid="owner-picker"
        data-owner-id={value?.id ?? ''}
        value={text}
        selectedOptions={[value?.id ?? UNASSIGNED]}
        placeholder={t('record.ownerPlaceholder')}
        disabled={disabled}
        onChange={(event) => setText(event.target.value)}
        onOpenChange={(_, data) => setOpen(data.open)}
        onOptionSelect={(_, data) => {
          if (data.optionValue === undefined || data.optionValue === NOTHING) return;
          if (data.optionValue === UNASSIGNED) {
            onChange(null);
            return;
          }
          const user = users.find((candidate) => candidate.id === data.optionValue);
          if (user) onChange({ id: user.id, displayName: user.displayName, email: user.email, teamIds: user.teamIds });
        }}
      >
        <Option value={UNASSIGNED} text={t('records.unassigned')} data-testid="owner-option-unassigned">
          {t('records.unassigned')}
        </Option>
        {users.map((user) => (
          <Option key={user.id} value={user.id} text={user.displayName} data-testid={`owner-option-${user.id}`}>
            <Persona
              name={user.displayName}
              secondaryText={user.email}
              avatar={{ color: 'colorful', 'aria-hidden': true }}
              size="small"
            />
          </Option>
        ))}
        {note !== null && (
          <Option value={NOTHING} text="" disabled data-testid="owner-options-note">
            {note}
          </Option>
        )}
      </Combobox>
    </Field>
  );
}
