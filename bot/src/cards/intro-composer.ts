/**
 * Builds the intro card (B4) of a record: the admin's chosen fields, minus any restricted field
 * (a group chat's card is read by everyone in it), and a link back to the record. Used by the
 * bot when posting and by the admin settings' preview.
 */
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { PeopleRepository } from '../domain/people/people-repository';
import type { ServiceRecord } from '../domain/records/record';
import type { RecordType } from '../domain/records/record-type';
import type { Locale } from '../domain/shared/types';
import { recordUrl } from '../http/presenters';
import { isMessageKey, t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';
import { introCard } from './intro-card';

export interface IntroComposerDeps {
  directory: DirectoryRepository;
  people: PeopleRepository;
  publicUrl: string;
}

function label(type: RecordType, field: string, locale: Locale): string {
  if (field.startsWith('customFields.')) {
    const custom = type.customFields.find((f) => `customFields.${f.name}` === field);
    return custom?.labels[locale] ?? field;
  }
  const key = `field.${field}`;
  return isMessageKey(key) ? t(locale, key) : field;
}

export class IntroCardComposer {
  constructor(private readonly deps: IntroComposerDeps) {}

  /** The card for `record` showing `fields` (at most 5, restricted ones dropped) in `locale`. */
  async compose(record: ServiceRecord, type: RecordType, fields: readonly string[], locale: Locale): Promise<AdaptiveCard> {
    const shown = fields.filter((f) => (type.fieldRestrictions[f] ?? []).length === 0).slice(0, 5);
    const facts = [];
    for (const field of shown) facts.push({ label: label(type, field, locale), value: await this.valueOf(record, field, locale) });
    return introCard({ locale, heading: `${record.number} · ${record.title}`, facts, recordUrl: recordUrl(this.deps.publicUrl, record.type, record.id) });
  }

  private async valueOf(record: ServiceRecord, field: string, locale: Locale): Promise<string> {
    const none = t(locale, 'value.none');
    switch (field) {
      case 'number':
        return record.number;
      case 'title':
        return record.title;
      case 'description':
        return record.description || none;
      case 'status':
        return t(locale, `status.${record.status}`);
      case 'priority':
        return t(locale, `priority.${record.priority}`);
      case 'owner':
        return record.ownerId ? ((await this.deps.directory.getUser(record.tenantId, record.ownerId))?.displayName ?? none) : none;
      case 'owningTeam':
        return record.owningTeamId ? ((await this.deps.directory.getTeams(record.tenantId, [record.owningTeamId]))[0]?.name ?? none) : none;
      case 'person':
        return record.personId ? ((await this.deps.people.getPerson(record.tenantId, record.personId))?.name ?? none) : none;
      case 'createdAt':
      case 'updatedAt':
        return new Date(record[field]).toLocaleString(locale === 'en' ? 'en-GB' : locale, { timeZone: 'UTC' });
      default: {
        const value = record.customFields[field.replace(/^customFields\./, '')];
        return value === undefined || value === null ? none : String(value);
      }
    }
  }
}
