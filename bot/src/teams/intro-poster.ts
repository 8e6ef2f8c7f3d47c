/**
 * Posts intro cards (B4) into chats through the Bot Framework (proactive message with the
 * conversation reference Teams gave at installation). Restricted fields are never shown: a group
 * chat's card is read by everyone in it.
 */
import { CardFactory, MessageFactory, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import { introCard } from '../cards/intro-card';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { ChatAddress, ChatPoster } from '../domain/chats/intro-port';
import type { PeopleRepository } from '../domain/people/people-repository';
import type { ServiceRecord } from '../domain/records/record';
import type { RecordRepository } from '../domain/records/record-repository';
import type { RecordType } from '../domain/records/record-type';
import type { RecordTypeService } from '../domain/records/record-type-service';
import type { SettingsService } from '../domain/settings/settings-service';
import type { Locale } from '../domain/shared/types';
import { recordUrl } from '../http/presenters';
import { isMessageKey, resolveLocale, t } from '../i18n/catalog';

export interface IntroPosterDeps {
  adapter: CloudAdapter;
  botAppId: string;
  records: RecordRepository;
  recordTypes: RecordTypeService;
  settings: SettingsService;
  directory: DirectoryRepository;
  people: PeopleRepository;
  publicUrl: string;
  logger: Logger;
}

function label(type: RecordType, field: string, locale: Locale): string {
  if (field.startsWith('customFields.')) {
    const custom = type.customFields.find((f) => `customFields.${f.name}` === field);
    return custom?.labels[locale] ?? field;
  }
  const key = `field.${field}`;
  return isMessageKey(key) ? t(locale, key) : field;
}

export class BotChatPoster implements ChatPoster {
  constructor(private readonly deps: IntroPosterDeps) {}

  async postIntro(address: ChatAddress, recordId: string, requestedBy: string): Promise<void> {
    const { deps } = this;
    const found = await deps.records.get(address.tenantId, recordId);
    if (!found) return; // the record is gone: nothing to introduce
    const record = found.value;
    const [type, settings, requester] = await Promise.all([
      deps.recordTypes.get(address.tenantId, record.type),
      deps.settings.effective(address.tenantId, record.type),
      deps.directory.getUser(address.tenantId, requestedBy),
    ]);
    const locale = resolveLocale(requester?.locale);
    const fields = settings.introMessage.fields.filter((f) => (type.fieldRestrictions[f] ?? []).length === 0).slice(0, 5);
    const facts = [];
    for (const field of fields) facts.push({ label: label(type, field, locale), value: await this.valueOf(record, field, locale) });
    const card = introCard({ locale, heading: `${record.number} · ${record.title}`, facts, recordUrl: recordUrl(deps.publicUrl, record.type, record.id) });
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: address.serviceUrl,
      conversation: { id: address.chatId, tenantId: address.tenantId, conversationType: 'groupChat', isGroup: true, name: '' },
      bot: { id: deps.botAppId, name: 'Casebridge' },
    };
    await deps.adapter.continueConversationAsync(deps.botAppId, reference, async (context) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    });
    deps.logger.info({ tenant: address.tenantId, chat: address.chatId, record: recordId }, 'intro card posted');
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
