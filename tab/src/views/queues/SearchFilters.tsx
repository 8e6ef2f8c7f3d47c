/** The search's H2 filters beside text, type and status: owner, team, priority, person or company. */
import { Button, Field, Select } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { listTeams } from '../../api/endpoints';
import { RECORD_PRIORITIES } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { useI18n } from '../../i18n/I18nProvider';
import { parsePriority, type RecordFilters } from '../record-filters';

/** The name of the person or company a search is filtered by (the id until it is known, or if it is gone). */
function useFilterName(personId: string, companyId: string): string {
  const { api } = useSession();
  const loaded = useLoad(async (signal) => {
    if (personId !== '') return (await api.get<{ name: string }>(`/api/people/${encodeURIComponent(personId)}`, undefined, signal)).name;
    if (companyId !== '') return (await api.get<{ name: string }>(`/api/companies/${encodeURIComponent(companyId)}`, undefined, signal)).name;
    return '';
  }, [api, personId, companyId]);
  return loaded.state.status === 'done' ? loaded.state.data : personId || companyId;
}

export function SearchFilters({ filters, onChange, className }: { filters: RecordFilters; onChange: (next: RecordFilters) => void; className: string }) {
  const { t } = useI18n();
  const { api, me } = useSession();
  const teams = useLoad((signal) => listTeams(api, signal), [api]);
  const teamList = teams.state.status === 'done' ? teams.state.data : [];
  const meId = me.user.id;
  const filterName = useFilterName(filters.personId, filters.companyId);
  return (
    <>
      <Field label={t('queues.filter.owner')} className={className}>
        <Select data-testid="record-owner-filter" value={filters.ownerId === meId ? 'me' : ''} onChange={(_, data) => onChange({ ...filters, ownerId: data.value === 'me' ? meId : '' })}>
          <option value="">{t('queues.filter.anyone')}</option>
          <option value="me">{t('queues.filter.me')}</option>
        </Select>
      </Field>
      <Field label={t('queues.filter.team')} className={className}>
        <Select data-testid="record-team-filter" value={filters.teamId} onChange={(_, data) => onChange({ ...filters, teamId: data.value })}>
          <option value="">{t('queues.filter.allTeams')}</option>
          {teamList.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('queues.filter.priority')} className={className}>
        <Select data-testid="record-priority-filter" value={filters.priority} onChange={(_, data) => onChange({ ...filters, priority: parsePriority(data.value) })}>
          <option value="">{t('queues.filter.allPriorities')}</option>
          {RECORD_PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priority.${priority}`)}
            </option>
          ))}
        </Select>
      </Field>
      {(filters.personId !== '' || filters.companyId !== '') && (
        <Field label={t('queues.filter.person')} className={className}>
          <Button icon={<DismissRegular />} onClick={() => onChange({ ...filters, personId: '', companyId: '' })} aria-label={t('queues.filter.clearPerson')} data-testid="record-person-filter-clear">
            {filterName}
          </Button>
        </Field>
      )}
    </>
  );
}
