/**
 * I4: the transfer card, for every state and reader, in every language: valid for the official
 * adaptivecards parser, under Teams' size limit, buttons only where the reader may decide, data
 * that names nothing but the session and the transfer; and the rules that turn a session into the
 * card (outcome, whose copy) and the bot's status command (I1); and the card's buttons against a
 * fake sessions API (a decision that loses a write race while the transfer still waits).
 */
import { cardExecutes as executes } from '../fixtures/teams-notify';
import pino from 'pino';
import { goneTransferCard, transferCard, TRANSFER_VERBS, type TransferCardModel, type TransferCardRole, type TransferOutcome } from '../../bot/src/cards/transfer-card';
import { statusCard, STATUS_VERB } from '../../bot/src/cards/status-card';
import { cardBytes, MAX_CARD_BYTES } from '../../bot/src/cards/work-card';
import { AGENT_STATUSES, type ChatSession, type SessionEntry, type Transfer } from '../../bot/src/domain/sessions/session';
import type { Locale } from '../../bot/src/domain/shared/types';
import { LOCALES, t } from '../../bot/src/i18n/catalog';
import type { Caller, Role } from '../../bot/src/domain/access/access';
import { ConflictError } from '../../bot/src/domain/shared/errors';
import { MemoryDirectoryRepository } from '../../bot/src/storage/memory/memory-repositories';
import { MemoryChatSiteRepository } from '../../bot/src/storage/memory/memory-sessions';
import { parseStatusCommand, SessionCardActions } from '../../bot/src/teams/session-card-actions';
import { customerLines, TransferCardView, transferOf, transferOutcomeIds, transferRole } from '../../bot/src/teams/transfer-card-view';
import { z } from 'zod';
import { cardProblems } from '../fixtures/adaptive-cards';

const data = { v: 1 as const, sid: 's-1', tid: 't-1' };

const model = (locale: Locale, role: TransferCardRole, outcome: TransferOutcome, extra: Partial<TransferCardModel> = {}): TransferCardModel => ({
  locale, data, role, outcome,
  customerName: 'Jens Sørensen', verified: true, siteName: 'Nordlys web shop',
  messages: ['Hello', 'My order 4471 has no invoice', 'Can you [help](https://evil.example)?'],
  fromName: 'Astrid Holm', byName: null, toName: 'Mads Nielsen', refreshUserIds: ['29:a', '29:m'],
  ...extra,
});

const OUTCOMES: Array<[TransferOutcome, (l: Locale) => string]> = [
  [{ kind: 'accepted', by: 'Mads Nielsen' }, (l) => t(l, 'sessioncards.outcome.accepted', { name: 'Mads Nielsen' })],
  [{ kind: 'declined', by: 'Mads Nielsen' }, (l) => t(l, 'sessioncards.outcome.declined', { name: 'Mads Nielsen' })],
  [{ kind: 'cancelled' }, (l) => t(l, 'sessioncards.outcome.cancelled')],
  [{ kind: 'expired' }, (l) => t(l, 'sessioncards.outcome.expired')],
  [{ kind: 'takenOver', by: 'Lars Andersen' }, (l) => t(l, 'sessioncards.outcome.takenOver', { name: 'Lars Andersen' })],
];

describe.each(LOCALES)('in %s', (locale) => {
  test('pending: the colleague gets Accept and Decline; the agent and the asking manager "Waiting for …" and Cancel; anyone else no buttons', () => {
    const cases: Array<[TransferCardRole, string[]]> = [
      ['colleague', [TRANSFER_VERBS.refresh, TRANSFER_VERBS.accept, TRANSFER_VERBS.decline]],
      ['agent', [TRANSFER_VERBS.refresh, TRANSFER_VERBS.cancel]],
      ['manager', [TRANSFER_VERBS.refresh, TRANSFER_VERBS.cancel]],
      ['reader', [TRANSFER_VERBS.refresh]],
    ];
    for (const [role, verbs] of cases) {
      const card = transferCard(model(locale, role, { kind: 'pending' }, role === 'manager' ? { byName: 'Lars Andersen' } : {}));
      expect(cardProblems(card)).toEqual([]);
      expect(executes(card).map((a) => a.verb)).toEqual(verbs);
      // The buttons carry the ids and nothing else: who acts comes from the activity.
      for (const action of executes(card)) expect(action.data).toEqual(data);
      const json = JSON.stringify(card);
      expect(json).toContain(t(locale, 'sessioncards.transferTitle'));
      expect(json).toContain('Nordlys web shop');
      expect(json).toContain('Jens Sørensen');
      if (role === 'colleague') {
        expect(json).not.toContain(t(locale, 'sessioncards.waitingFor', { name: 'Mads Nielsen' }));
        expect(json).toContain(t(locale, 'sessioncards.accept'));
        expect(json).toContain(t(locale, 'sessioncards.decline'));
      } else {
        expect(json).toContain(t(locale, 'sessioncards.waitingFor', { name: 'Mads Nielsen' }));
      }
    }
  });

  test.each(OUTCOMES)('decided (%o): every copy shows the outcome; it is final: no buttons, no refresh, no customer messages', (outcome, text) => {
    for (const role of ['colleague', 'agent', 'manager', 'reader'] as const) {
      const card = transferCard(model(locale, role, outcome, { note: { text: 'note', tone: 'warning' } }));
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).toContain(text(locale));
      expect(executes(card)).toEqual([]);
      expect(card.refresh).toBeUndefined();
      expect(JSON.stringify(card)).not.toContain('My order 4471 has no invoice');
      expect(JSON.stringify(card)).not.toContain(t(locale, 'sessioncards.lastMessages'));
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  test('the lead line says who offers it, and the manager who asked', () => {
    const byManager = { byName: 'Lars Andersen' };
    expect(JSON.stringify(transferCard(model(locale, 'colleague', { kind: 'pending' }, byManager)))).toContain(t(locale, 'sessioncards.lead.toColleagueBy', { by: 'Lars Andersen', from: 'Astrid Holm' }));
    expect(JSON.stringify(transferCard(model(locale, 'colleague', { kind: 'pending' })))).toContain(t(locale, 'sessioncards.lead.toColleague', { from: 'Astrid Holm' }));
    expect(JSON.stringify(transferCard(model(locale, 'agent', { kind: 'pending' }, byManager)))).toContain(t(locale, 'sessioncards.lead.fromManager', { by: 'Lars Andersen', to: 'Mads Nielsen' }));
    expect(JSON.stringify(transferCard(model(locale, 'agent', { kind: 'pending' })))).toContain(t(locale, 'sessioncards.lead.fromSelf', { to: 'Mads Nielsen' }));
    expect(JSON.stringify(transferCard(model(locale, 'colleague', { kind: 'pending' }, byManager)))).toContain(t(locale, 'sessioncards.fact.askedBy'));
  });

  test('the status card: the current status and four buttons, one per status', () => {
    for (const status of AGENT_STATUSES) {
      const card = statusCard({ locale, status, note: { text: 'x', tone: 'good' } });
      expect(cardProblems(card)).toEqual([]);
      expect(executes(card)).toEqual(AGENT_STATUSES.map((s) => ({ verb: STATUS_VERB, data: { v: 1, status: s } })));
      expect(JSON.stringify(card)).toContain(t(locale, 'sessioncards.status.current', { status: t(locale, `sessioncards.status.${status}`) }));
    }
  });

  test('a transfer the reader may not see: the gone card says nothing of it', () => {
    const card = goneTransferCard(locale);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(t(locale, 'sessioncards.gone'));
  });
});

test('Danish and Swedish cards are in Danish and Swedish', () => {
  const pending = (l: Locale) => JSON.stringify(transferCard(model(l, 'colleague', { kind: 'pending' })));
  expect(pending('da')).toContain('Astrid Holm beder dig overtage en kundechat.');
  expect(pending('da')).toContain('"Acceptér"');
  expect(pending('sv')).toContain('Astrid Holm ber dig ta över en kundchatt.');
  expect(pending('sv')).toContain('"Avböj"');
  expect(JSON.stringify(transferCard(model('da', 'agent', { kind: 'accepted', by: 'Mads Nielsen' })))).toContain('Accepteret af Mads Nielsen');
  expect(JSON.stringify(transferCard(model('sv', 'agent', { kind: 'declined', by: 'Erik Lindqvist' })))).toContain('Avböjd av Erik Lindqvist');
});

test('customers\' words never become links, a nameless visitor is "a visitor", a verified name says so', () => {
  const json = JSON.stringify(transferCard(model('en', 'colleague', { kind: 'pending' })));
  expect(json).not.toContain('](https://evil.example)');
  expect(json).toContain('Jens Sørensen (verified)');
  const nameless = JSON.stringify(transferCard(model('da', 'colleague', { kind: 'pending' }, { customerName: null, verified: false })));
  expect(nameless).toContain('En besøgende');
  expect(JSON.stringify(transferCard(model('en', 'colleague', { kind: 'pending' }, { verified: false })))).not.toContain('(verified)');
});

test('a pending card\'s refresh lists the ids it is given (once each) and sends only the ids', () => {
  const card = transferCard(model('en', 'colleague', { kind: 'pending' }, { refreshUserIds: ['29:a', '29:a'] }));
  expect(card.refresh).toEqual({ action: expect.objectContaining({ type: 'Action.Execute', verb: TRANSFER_VERBS.refresh, data }), userIds: ['29:a'] });
  expect(card.refresh && 'userIds' in card.refresh).toBe(true);
  const none = transferCard(model('en', 'agent', { kind: 'pending' }, { refreshUserIds: [] })).refresh;
  expect(none && 'userIds' in none).toBe(false);
});

test('names in outcome lines are escaped and clipped like every other name; "someone" is lower case mid-sentence, capitalized first', () => {
  const long = `[Mallory](https://evil.example) ${'x'.repeat(300)}`;
  for (const outcome of [{ kind: 'accepted', by: long }, { kind: 'declined', by: long }, { kind: 'takenOver', by: long }] as const) {
    const json = JSON.stringify(transferCard(model('en', 'agent', outcome)));
    expect(json).not.toContain('](https://evil.example)');
    expect(json).not.toContain('x'.repeat(150));
  }
  const someone = t('en', 'sessioncards.someone');
  expect(someone).toBe('someone');
  expect(JSON.stringify(transferCard(model('en', 'agent', { kind: 'accepted', by: someone })))).toContain('Accepted by someone');
  expect(JSON.stringify(transferCard(model('en', 'colleague', { kind: 'pending' }, { fromName: someone })))).toContain('Someone asks you to take over a customer chat.');
  expect(JSON.stringify(transferCard(model('da', 'colleague', { kind: 'pending' }, { fromName: t('da', 'sessioncards.someone') })))).toContain('En kollega beder dig overtage en kundechat.');
});

test('the worst input (long names and messages of the costliest characters) stays short and under Teams\' 28 KB', () => {
  const ugly = (n: number) => '"\u0001😀](x)'.repeat(Math.ceil(n / 8)).slice(0, n);
  for (const locale of LOCALES) {
    const card = transferCard(model(locale, 'colleague', { kind: 'pending' }, {
      customerName: ugly(500), siteName: ugly(500), fromName: ugly(500), byName: ugly(500), toName: ugly(500),
      messages: Array.from({ length: 50 }, () => ugly(2000)), note: { text: ugly(300), tone: 'warning' }, refreshUserIds: Array.from({ length: 100 }, (_, i) => `29:${i}`),
    }));
    expect(cardProblems(card)).toEqual([]);
    expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES - 1024);
    const quotes = card.body.filter((b) => b.type === 'TextBlock' && b.isSubtle === true);
    expect(quotes).toHaveLength(3);
    for (const q of quotes) expect(q.type === 'TextBlock' && q.text.replace(/\u200b/g, '').length).toBeLessThanOrEqual(200);
    expect(card.refresh?.userIds).toHaveLength(60);
  }
});

// ---- from a session to the card ----

const transfer = (extra: Partial<Transfer> = {}): Transfer => ({
  id: 't-1', fromUserId: 'astrid', toUserId: 'mads', byUserId: 'astrid', status: 'pending', createdAt: '2026-01-01T10:00:00Z', expiresAt: '2026-01-01T10:02:00Z',
  decidedAt: null, decidedBy: null, cards: [], ...extra,
});
const entry = (seq: number, kind: SessionEntry['kind'], text: string): SessionEntry => ({ seq, at: '2026-01-01T10:00:00Z', kind, authorId: null, authorName: null, text, clientId: null, note: null });
const session = (extra: Partial<ChatSession> = {}): ChatSession => ({
  id: 's-1', tenantId: 'T', siteId: 'web', teamId: 'team-dk', status: 'active', visitor: { id: 'v', name: 'Jens', email: null, verified: false, locale: 'da' },
  agentId: 'astrid', listenerIds: [], createdAt: '2026-01-01T10:00:00Z', waitingSince: null, closedAt: null, lastSeq: 0, recent: [], clientIds: [],
  transfer: transfer(), transfers: [], personId: null, recordId: null, lastActivityAt: '2026-01-01T10:00:00Z', ...extra,
});

test.each([
  ['pending', transfer(), 'astrid', { kind: 'pending', by: null }],
  ['accepted', transfer({ status: 'accepted', decidedBy: 'mads' }), 'mads', { kind: 'accepted', by: 'mads' }],
  ['declined', transfer({ status: 'declined', decidedBy: 'mads' }), 'astrid', { kind: 'declined', by: 'mads' }],
  ['expired', transfer({ status: 'expired' }), 'astrid', { kind: 'expired', by: null }],
  ['cancelled by the agent', transfer({ status: 'cancelled', decidedBy: 'astrid' }), 'astrid', { kind: 'cancelled', by: 'astrid' }],
  ['cancelled by a manager who later holds the session (not a takeover: it does not flip)', transfer({ status: 'cancelled', decidedBy: 'lars' }), 'lars', { kind: 'cancelled', by: 'lars' }],
  ['cancelled by a manager\'s takeover (recorded on the transfer), whoever holds it now', transfer({ status: 'cancelled', decidedBy: 'lars', decidedAs: 'takeover' }), 'mads', { kind: 'takenOver', by: 'lars' }],
] as const)('outcome: %s', (_name, x, _agentId, expected) => {
  expect(transferOutcomeIds(x)).toEqual(expected);
});

test('whose copy: the colleague, the agent, the manager who asked; nobody else', () => {
  const x = transfer({ byUserId: 'lars' });
  expect(transferRole(x, 'mads')).toBe('colleague');
  expect(transferRole(x, 'astrid')).toBe('agent');
  expect(transferRole(x, 'lars')).toBe('manager');
  expect(transferRole(x, 'sofie')).toBeNull();
});

test('the transfer by id: the pending one or a decided one; the customer\'s last three messages', () => {
  const old = transfer({ id: 't-0', status: 'declined', decidedBy: 'mads' });
  const s = session({ transfers: [old], recent: [entry(1, 'customer', 'a'), entry(2, 'agent', 'b'), entry(3, 'customer', 'c'), entry(4, 'system', ''), entry(5, 'customer', 'd'), entry(6, 'customer', 'e')] });
  expect(transferOf(s, 't-1')?.status).toBe('pending');
  expect(transferOf(s, 't-0')).toBe(old);
  expect(transferOf(s, 'nope')).toBeNull();
  expect(customerLines(s)).toEqual(['c', 'd', 'e']);
});

test.each([
  ['status', null, ''],
  ['Status', null, ''],
  ['status present', 'present', 'present'],
  ['STATUS away', 'away', 'away'],
  ['status: Busy!', 'busy', 'busy'],
  ['status offline', 'offline', 'offline'],
  ['status til stede', 'present', 'til stede'],
  ['status  Til  Stede.', 'present', 'til stede'],
  ['status væk', 'away', 'væk'],
  ['status optaget', 'busy', 'optaget'],
  ['status närvarande', 'present', 'närvarande'],
  ['status borta', 'away', 'borta'],
  ['status upptagen', 'busy', 'upptagen'],
  ['status sleeping', null, 'sleeping'],
  // Danish "ledig" is free, Swedish "ledig" is off work: too ambiguous to set a status by.
  ['status ledig', null, 'ledig'],
] as const)('status command %j', (text, status, word) => {
  expect(parseStatusCommand(text)).toEqual({ status, word });
});

test.each([
  ['status tilgængelig', 'present', 'tilgængelig'],
  ['status tillgänglig', 'present', 'tillgänglig'],
] as const)('status synonym %j', (text, status, word) => {
  expect(parseStatusCommand(text)).toEqual({ status, word });
});

test.each(['hello', 'statusx', 'what is my status', 'CAS-01002', '', 'status CAS-01002', 'status https://casebridge.example/r/CAS-01002'])('not a status command: %j', (text) => {
  expect(parseStatusCommand(text)).toBeNull();
});

// ---- the card's buttons against a fake sessions API ----

describe('the card\'s buttons', () => {
  const T = 'T';
  const people = {
    astrid: { id: 'astrid', tenantId: T, displayName: 'Astrid Holm', email: 'astrid@x.example', teamIds: ['team-dk'], roleIds: ['agent'], locale: 'da-DK' },
    mads: { id: 'mads', tenantId: T, displayName: 'Mads Nielsen', email: 'mads@x.example', teamIds: ['team-dk'], roleIds: ['agent'], locale: 'en-US' },
    lars: { id: 'lars', tenantId: T, displayName: 'Lars Andersen', email: 'lars@x.example', teamIds: ['team-dk'], roleIds: [] as string[], locale: 'en-US' },
  };
  const AGENT_ROLE: Role = { id: 'agent', tenantId: T, name: 'agent', isAdmin: false, privileges: { case: { read: 'tenant', write: 'team', assign: 'team' } } };
  const MANAGER_ROLE: Role = { id: 'manager', tenantId: T, name: 'manager', isAdmin: false, privileges: { case: { read: 'tenant', write: 'tenant', assign: 'tenant', listen: 'tenant' } } };

  async function rig(options: { stored: ChatSession; decide: () => Promise<ChatSession>; larsIsManager?: boolean }) {
    const directory = new MemoryDirectoryRepository();
    for (const u of Object.values(people)) await directory.putUser(u);
    const sites = new MemoryChatSiteRepository();
    await sites.put({ id: 'web', tenantId: T, name: 'Web shop', teamId: 'team-dk', recordType: 'case', allowedOrigins: ['https://shop.example'], language: 'da', openingHours: null, agentCapacity: 3, identitySecret: null });
    const callers = new Map<string, Caller>([
      ['astrid', { tenantId: T, user: people.astrid, roles: [AGENT_ROLE] }],
      ['mads', { tenantId: T, user: people.mads, roles: [AGENT_ROLE] }],
      ['lars', { tenantId: T, user: people.lars, roles: options.larsIsManager === false ? [] : [MANAGER_ROLE] }],
    ]);
    const calls: string[] = [];
    const actions = new SessionCardActions({
      api: {
        accept: async () => { calls.push('accept'); return options.decide(); },
        decline: async () => { calls.push('decline'); return options.decide(); },
        cancel: async () => { calls.push('cancel'); return options.decide(); },
        setStatus: async () => ({ status: 'present', appOpen: true }),
        agents: async () => [],
      },
      // The card reads the session: the transfer is (still) pending at every read.
      sessions: { get: async () => ({ value: options.stored, etag: 'e1' }) },
      callers: { find: async (_tenant: string, id: string) => callers.get(id) ?? null },
      view: new TransferCardView({ directory, sites }),
      logger: pino({ level: 'silent' }),
    });
    const press = (userId: string, verb: string, locale?: Locale) => actions.handle({
      tenantId: T, userId, botUserId: `29:${userId}`, conversationId: `a:${userId}`, replyToId: 'm1', locale,
      value: { action: { type: 'Action.Execute', verb, data: { v: 1, sid: 's-1', tid: 't-1' } } },
    });
    return { press, calls };
  }

  test('Accept whose write loses a race while the transfer still waits: "try again", the buttons stay (not "you cannot do that")', async () => {
    const stored = session({ recent: [entry(1, 'customer', 'Hello there')] });
    const { press, calls } = await rig({ stored, decide: async () => { throw new ConflictError('error.sessions.notActive'); } });
    const answer = await press('mads', TRANSFER_VERBS.accept, 'en');
    expect(calls).toEqual(['accept']);
    expect(answer.statusCode).toBe(200);
    const json = JSON.stringify(answer.value);
    expect(json).toContain(t('en', 'sessioncards.note.retry'));
    expect(json).not.toContain(t('en', 'sessioncards.note.refused'));
    expect(executes(answer.value).map((a) => a.verb)).toEqual([TRANSFER_VERBS.refresh, TRANSFER_VERBS.accept, TRANSFER_VERBS.decline]);
  });

  test('answers in the presser\'s profile language (as the posted copies), whatever the invoke says', async () => {
    const { press } = await rig({ stored: session(), decide: async () => { throw new ConflictError('error.sessions.notActive'); } });
    // Astrid's profile is Danish; her client says English.
    expect(JSON.stringify((await press('astrid', TRANSFER_VERBS.refresh, 'en')).value)).toContain(t('da', 'sessioncards.transferTitle'));
  });

  test('a refresh while it waits: only for someone who still has their part; the pending view refreshes for the presser alone', async () => {
    const byLars = transfer({ byUserId: 'lars' });
    const { press } = await rig({ stored: session({ transfer: byLars }), decide: async () => session(), larsIsManager: false });
    const gone = JSON.stringify((await press('lars', TRANSFER_VERBS.refresh, 'en')).value);
    expect(gone).toContain(t('en', 'sessioncards.gone'));
    expect(gone).not.toContain('Jens');
    const mine = (await press('mads', TRANSFER_VERBS.refresh, 'en')).value;
    expect(z.object({ refresh: z.object({ userIds: z.array(z.string()) }) }).parse(mine).refresh.userIds).toEqual(['29:mads']);
    const manager = await rig({ stored: session({ transfer: byLars }), decide: async () => session() });
    expect(JSON.stringify((await manager.press('lars', TRANSFER_VERBS.refresh, 'en')).value)).toContain(t('en', 'sessioncards.transferTitle'));
  });

  test('a decided transfer\'s card is final for its people: no refresh, no customer messages', async () => {
    const decided = transfer({ status: 'declined', decidedBy: 'mads', decidedAt: '2026-01-01T10:01:00Z' });
    const stored = session({ transfer: null, transfers: [decided], recent: [entry(1, 'customer', 'Secret newer message')] });
    const { press } = await rig({ stored, decide: async () => stored });
    const card = (await press('astrid', TRANSFER_VERBS.refresh, 'en')).value;
    expect(JSON.stringify(card)).toContain('Afvist af Mads Nielsen');
    expect(JSON.stringify(card)).not.toContain('Secret newer message');
    expect(Reflect.get(card as object, 'refresh')).toBeUndefined();
  });

  test('an unknown user is told so clearly', async () => {
    const { press } = await rig({ stored: session(), decide: async () => session() });
    const answer = await press('nobody', TRANSFER_VERBS.accept, 'sv');
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.value)).toContain(t('sv', 'sessioncards.unknownUser'));
  });
});
