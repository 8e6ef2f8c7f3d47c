/**
 * Several people of the tenant as chips: a Fluent TagPicker over the same debounced
 * `GET /api/users` search as the owner picker. `testId` names the input; each option is
 * `person-option-<user id>`, each chosen person `person-chip-<user id>`.
 */
import {
  Avatar,
  Field,
  makeStyles,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useUserSearch } from '../use-user-search';
import type { PersonChoice } from './chat-model';

const useStyles = makeStyles({
  picker: { minWidth: '260px' },
  note: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground3 },
});

export interface PeoplePickerProps {
  value: PersonChoice[];
  onChange: (people: PersonChoice[]) => void;
  testId: string;
  /** People never offered, e.g. the signed-in user. */
  excludeIds?: string[];
  disabled?: boolean;
  validationMessage?: string | undefined;
  hint?: string | undefined;
}

export function PeoplePicker({ value, onChange, testId, excludeIds = [], disabled, validationMessage, hint }: PeoplePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const query = text.trim();
  const { users, current, failed } = useUserSearch(query, open);
  const chosen = new Set(value.map((person) => person.id));
  const offered = users.filter((user) => !chosen.has(user.id) && !excludeIds.includes(user.id));

  let note: string | null = null;
  if (failed) note = t('record.ownerSearchFailed');
  else if (!current && offered.length === 0) note = t('record.ownerSearching');
  else if (current && offered.length === 0) note = t('record.ownerNoMatches', { text: query });

  return (
    <Field
      label={t('chats.people')}
      required
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationMessage === undefined ? 'none' : 'error'}
    >
      <TagPicker
        selectedOptions={value.map((person) => person.id)}
        open={open}
        disabled={disabled}
        onOpenChange={(_, data) => setOpen(data.open)}
        onOptionSelect={(_, data) => {
          if (chosen.has(data.value)) {
            onChange(value.filter((person) => person.id !== data.value));
            return;
          }
          const user = users.find((candidate) => candidate.id === data.value);
          if (user === undefined) return;
          onChange([...value, { id: user.id, displayName: user.displayName, email: user.email }]);
          setText('');
        }}
      >
        <TagPickerControl className={styles.picker}>
          <TagPickerGroup aria-label={t('chats.chosenPeople')}>
            {value.map((person) => (
              <Tag
                key={person.id}
                value={person.id}
                shape="rounded"
                media={<Avatar name={person.displayName} color="colorful" aria-hidden />}
                dismissIcon={{ 'aria-label': t('chats.removePerson', { name: person.displayName }) }}
                data-testid={`person-chip-${person.id}`}
              >
                {person.displayName}
              </Tag>
            ))}
          </TagPickerGroup>
          <TagPickerInput
            data-testid={testId}
            aria-label={t('chats.people')}
            placeholder={value.length === 0 ? t('record.ownerPlaceholder') : undefined}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
          />
        </TagPickerControl>
        <TagPickerList>
          {offered.map((user) => (
            <TagPickerOption
              key={user.id}
              value={user.id}
              text={user.displayName}
              secondaryContent={user.email}
              media={<Avatar name={user.displayName} color="colorful" aria-hidden />}
              data-testid={`person-option-${user.id}`}
            >
              {user.displayName}
            </TagPickerOption>
          ))}
          {note !== null && (
            <div className={styles.note} role="status" data-testid="person-options-note">
              {note}
            </div>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
}
