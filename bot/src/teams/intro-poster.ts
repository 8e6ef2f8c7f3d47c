/**
 * Posts intro cards (B4) into chats through the Bot Framework (a proactive message to the
 * conversation Teams gave at installation).
 */
import { CardFactory, MessageFactory, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { IntroCardComposer } from '../cards/intro-composer';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { ChatAddress, ChatPoster } from '../domain/chats/intro-port';
import type { RecordRepository } from '../domain/records/record-repository';
import type { RecordTypeService } from '../domain/records/record-type-service';
import type { SettingsService } from '../domain/settings/settings-service';
import { resolveLocale, t } from '../i18n/catalog';

export interface IntroPosterDeps {
  adapter: CloudAdapter;
  botAppId: string;
  records: RecordRepository;
  recordTypes: RecordTypeService;
  settings: SettingsService;
  directory: DirectoryRepository;
  composer: IntroCardComposer;
  logger: Logger;
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
    const card = await deps.composer.compose(record, type, settings.introMessage.fields, resolveLocale(requester?.locale));
    await this.send(address, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    deps.logger.info({ tenant: address.tenantId, chat: address.chatId, record: recordId }, 'intro card posted');
  }

  async postJoined(address: ChatAddress, joinerId: string, recordId: string): Promise<void> {
    const [joiner, found] = await Promise.all([this.deps.directory.getUser(address.tenantId, joinerId), this.deps.records.get(address.tenantId, recordId)]);
    if (!joiner || !found) return;
    const text = t(resolveLocale(joiner.locale), 'join.joined', { name: joiner.displayName, record: `${found.value.number} · ${found.value.title}` });
    await this.send(address, MessageFactory.text(text));
  }

  private async send(address: ChatAddress, activity: Partial<Activity>): Promise<void> {
    const reference: Partial<ConversationReference> = {
      channelId: 'msteams',
      serviceUrl: address.serviceUrl,
      conversation: { id: address.chatId, tenantId: address.tenantId, conversationType: 'groupChat', isGroup: true, name: '' },
      bot: { id: this.deps.botAppId, name: 'Casebridge' },
    };
    await this.deps.adapter.continueConversationAsync(this.deps.botAppId, reference, async (context) => {
      await context.sendActivity(activity);
    });
  }
}
