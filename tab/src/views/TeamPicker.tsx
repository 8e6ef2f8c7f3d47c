/**
 * The owning team: a Fluent Dropdown of `GET /api/teams`, with "No team" on top.
 * `data-testid="team-picker"` is the button; each option is `team-option-<team id>` (or
 * `team-option-none`).
 */
import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';
import { listTeams } from '../api/endpoints';
import type { Team } from '../api/types';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n/I18nProvider';

export interface TeamPickerProps {
  /** null stands for "No team". */
  value: Team | null;
  onChange: (team: Team | null) => void;
  disabled?: boolean;
}

const NO_TEAM = '__none__';

const useStyles = makeStyles({
  dropdown: { minWidth: '240px' },
});

export function TeamPicker({ value, onChange, disabled }: TeamPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => listTeams(api, signal), [api]);
  const teams = loaded.state.status === 'done' ? loaded.state.data : [];
  const failed = loaded.state.status === 'failed';
  // The current team stays choosable while the list loads (or if it is somehow not listed).
  const options = value !== null && !teams.some((team) => team.id === value.id) ? [value, ...teams] : teams;

  return (
    <Field
      label={t('record.owningTeam')}
      validationState={failed ? 'error' : 'none'}
      validationMessage={failed ? t('record.teamsFailed') : undefined}
      hint={loaded.state.status === 'loading' ? t('record.teamsLoading') : undefined}
    >
      <Dropdown
        className={styles.dropdown}
        data-testid="team-picker"
        data-team-id={value?.id ?? ''}
        value={value?.name ?? t('record.noTeam')}
        selectedOptions={[value?.id ?? NO_TEAM]}
        disabled={disabled === true || failed}
        onOptionSelect={(_, data) => {
          if (data.optionValue === NO_TEAM) {
            onChange(null);
            return;
          }
          const team = options.find((candidate) => candidate.id === data.optionValue);
          if (team) onChange(team);
        }}
      >
        <Option value={NO_TEAM} data-testid="team-option-none">
          {t('record.noTeam')}
        </Option>
        {options.map((team) => (
          <Option key={team.id} value={team.id} data-testid={`team-option-${team.id}`}>
            {team.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
