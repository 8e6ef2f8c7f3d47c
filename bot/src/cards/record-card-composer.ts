/**
 * Builds record cards from stored records: the intro card (B4, the admin's chosen fields) and the
 * record card (F5: status, priority, owner, team), always minus any restricted field (a group
 * chat's card is read by everyone in it), with a link back to the record. Used by the bot when
 * posting and refreshing, and by the admin settings' preview.
 */
import { chatLanguageOf } from '../domain/access/chat-language';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { PeopleRepository } from '../domain/people/people-repository';
import type { ServiceRecord } from '../domain/records/record';
import type { AllowedCardActions } from '../domain/records/card-actions';
import type { RecordTypeService } from '../domain/records/record-type-service';
import type { SettingsService } from '../domain/settings/settings-service';
import type { Versioned } from '../domain/shared/types';
import type { RecordType } from '../domain/records/record-type';
import type { Locale } from '../domain/shared/types';
import { recordUrl } from '../http/presenters';
import { isMessageKey, t } from '../i18n/catalog';
import type { AdaptiveCard } from './adaptive-card';
import { recordCard, type CardRef } from './record-card';

export interface RecordCardComposerDeps {
  directory: DirectoryRepository;
  people: PeopleRepository;
  recordTypes: RecordTypeService;
  settings: SettingsService;
  publicUrl: string;
}

/** The fields of the record card (F5); the intro card's come from the admin settings (B4). */
export const RECORD_CARD_FIELDS = ['status', 'priority', 'owner', 'owningTeam'] as const;

/** Who sees a live card and what they may do with it. */
export interface CardView {
  refreshUserIds: string[];
  /** null: the shared view, with no buttons. */
  actions: AllowedCardActions | null;
  note?: { text: string; tone: 'good' | 'warning' } | undefined;
}

const heading = (record: ServiceRecord): string => `${record.number} · ${record.title}`;

/** The fields the heading shows already: never repeated as facts. */
const IN_HEADING: ReadonlySet<string> = new Set(['number', 'title']);

/** Whether a record of its type has `field` at all: only cases link a person (A2). */
const hasField = (record: ServiceRecord, field: string): boolean => field !== 'person' || record.type === 'case';

function label(type: RecordType, field: string, locale: Locale): string {
  if (field.startsWith('customFields.')) {
    const custom = type.customFields.find((f) => `customFields.${f.name}` === field);
    return custom?.labels[locale] ?? field;
  }
  const key = `field.${field}`;
  return isMessageKey(key) ? t(locale, key) : field;
}

export class RecordCardComposer {
  constructor(private readonly deps: RecordCardComposerDeps) {}

  /** The static intro card for `record` showing `fields` (the admin settings' preview). */
  async preview(record: ServiceRecord, type: RecordType, fields: readonly string[], locale: Locale): Promise<AdaptiveCard> {
    return recordCard({ locale, kind: 'intro', heading: heading(record), facts: await this.facts(record, type, fields, locale), recordUrl: this.urlOf(record) });
  }

  /** The language of the record's chats: the shared copy of its cards is drawn in it (chat-language.ts). */
  chatLanguage(record: Pick<ServiceRecord, 'tenantId' | 'owningTeamId'>): Promise<Locale> {
    return chatLanguageOf(this.deps.directory, record.tenantId, record.owningTeamId);
  }

  /** The live card of `kind` for a stored record, as `view` says. */
  async render(found: Versioned<ServiceRecord>, kind: CardRef['kind'], locale: Locale, view: CardView): Promise<AdaptiveCard> {
    const record = found.value;
    const type = await this.deps.recordTypes.get(record.tenantId, record.type);
    const fields = kind === 'intro' ? (await this.deps.settings.effective(record.tenantId, record.type)).introMessage.fields : RECORD_CARD_FIELDS;
    return recordCard({
      locale,
      kind,
      heading: heading(record),
      facts: await this.facts(record, type, fields, locale),
      recordUrl: this.urlOf(record),
      live: { recordId: record.id, etag: found.etag, refreshUserIds: view.refreshUserIds, actions: view.actions, note: view.note },
    });
  }

  /** `fields` (at most 5, restricted ones dropped) with their values in `locale`. */
  private async facts(record: ServiceRecord, type: RecordType, fields: readonly string[], locale: Locale): Promise<Array<{ label: string; value: string }>> {
    const shown = fields.filter((f) => !IN_HEADING.has(f) && hasField(record, f) && (type.fieldRestrictions[f] ?? []).length === 0).slice(0, 5);
    return Promise.all(shown.map(async (field) => ({ label: label(type, field, locale), value: await this.valueOf(record, field, locale) })));
  }

  /** "Name · Company" when the person has a company, else the name; null when the person is gone. */
  private async personWithCompany(tenantId: string, personId: string): Promise<string | null> {
    const person = await this.deps.people.getPerson(tenantId, personId);
    if (!person) return null;
    const company = person.companyId ? await this.deps.people.getCompany(tenantId, person.companyId) : null;
    return company ? `${person.name} · ${company.name}` : person.name;
  }

  private urlOf(record: ServiceRecord): string {
    return recordUrl(this.deps.publicUrl, record.type, record.id);
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
        return record.personId ? ((await this.personWithCompany(record.tenantId, record.personId)) ?? none) : none;
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
