/** The timeline's filter by kind (E2): none chosen shows every kind. */
import { Dropdown, makeStyles, Option, OptionGroup } from '@fluentui/react-components';
import { FilterRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { CHAT_TIMELINE_KINDS, MESSAGE_TIMELINE_KINDS, PRIVATE_TIMELINE_KINDS, RECORD_TIMELINE_KINDS, TIMELINE_KINDS, type TimelineKind } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  dropdown: { minWidth: '200px', maxWidth: '100%' },
  label: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

export interface TimelineFilterProps {
  /** The kinds shown; empty = all. */
  value: readonly TimelineKind[];
  onChange: (kinds: TimelineKind[]) => void;
}

function isKind(value: string): value is TimelineKind {
  return (TIMELINE_KINDS as readonly string[]).includes(value);
}

export function TimelineFilter({ value, onChange }: TimelineFilterProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const labelId = useId();
  const option = (kind: TimelineKind) => (
    <Option key={kind} value={kind} data-testid={`timeline-filter-${kind}`}>
      {kind === 'privateNote' ? t('privacy.kind.privateNote') : t(`timeline.kind.${kind}`)}
    </Option>
  );

  return (
    <>
      <span id={labelId} className={styles.label}>
        {t('timeline.filter')}
      </span>
      <Dropdown
        className={styles.dropdown}
        size="small"
        multiselect
        clearable
        aria-labelledby={labelId}
        expandIcon={<FilterRegular />}
        placeholder={t('timeline.filter.placeholder')}
        selectedOptions={[...value]}
        onOptionSelect={(_, data) => {
          const chosen = data.selectedOptions.filter(isKind);
          // Every kind chosen is the same as all of them; keep the canonical order for the query.
          onChange(chosen.length === TIMELINE_KINDS.length ? [] : TIMELINE_KINDS.filter((kind) => chosen.includes(kind)));
        }}
        data-testid="timeline-filter"
      >
        <OptionGroup label={t('timeline.filter.chats')}>{CHAT_TIMELINE_KINDS.map(option)}</OptionGroup>
        <OptionGroup label={t('timeline.filter.record')}>{RECORD_TIMELINE_KINDS.map(option)}</OptionGroup>
        <OptionGroup label={t('timeline.filter.messages')}>{MESSAGE_TIMELINE_KINDS.map(option)}</OptionGroup>
        <OptionGroup label={t('privacy.filter.group')}>{PRIVATE_TIMELINE_KINDS.map(option)}</OptionGroup>
      </Dropdown>
    </>
  );
}
