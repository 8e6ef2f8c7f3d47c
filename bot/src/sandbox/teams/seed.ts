/**
 * The sandbox's starting point: a team per Contoso country team and one for Fabrikam, each with
 * channels, plus a few existing Contoso group chats and a one-on-one chat with some history, so
 * "connect an existing chat" has something to pick. The app is installed nowhere yet.
 */
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../demo-data';
import { ALL_HISTORY, membershipIdOf, oneOnOneChatId, type Chat, type Message, type SandboxState, type Team } from './model';

const HOUR = 3_600_000;

interface SeedChat {
  id: string;
  kind: 'group' | 'oneOnOne';
  topic: string | null;
  hoursAgo: number;
  members: string[];
  lines: Array<[author: string, text: string]>;
}

const d = DEMO_USERS;

const seedChats: SeedChat[] = [
  {
    id: '19:5eed00000000000000000000000c0a01@thread.v2', kind: 'group', topic: 'Printer fleet 3rd floor', hoursAgo: 30,
    members: [d.mads, d.sofie, d.astrid],
    lines: [
      [d.mads, 'The printer on the 3rd floor is offline again.'],
      [d.sofie, 'I will check the print server. Same model as last month?'],
      [d.astrid, 'Yes. The customer says it is urgent, they print labels from it.'],
      [d.mads, 'Toner and fuser are ordered.'],
    ],
  },
  {
    id: '19:5eed00000000000000000000000c0a02@thread.v2', kind: 'group', topic: 'Nordic escalations', hoursAgo: 50,
    members: [d.erik, d.karin, d.ingrid, d.lars],
    lines: [
      [d.karin, 'Two outages in Sundsvall this week. Can we go through them tomorrow?'],
      [d.lars, 'Works for me. Ingrid, can you join?'],
      [d.ingrid, 'Yes, I will bring the inverter logs.'],
    ],
  },
  {
    id: '19:5eed00000000000000000000000c0a03@thread.v2', kind: 'group', topic: null, hoursAgo: 8,
    members: [d.mads, d.erik, d.ingrid],
    lines: [
      [d.erik, 'Anyone seen error E42 on the sterilisers before?'],
      [d.ingrid, 'It is the door sensor. There is a knowledge article.'],
    ],
  },
  {
    id: oneOnOneChatId(d.mads, d.sofie), kind: 'oneOnOne', topic: null, hoursAgo: 3,
    members: [d.mads, d.sofie],
    lines: [
      [d.sofie, 'Lunch at 12?'],
      [d.mads, 'Sure, see you in the canteen.'],
    ],
  },
];

const team = (id: string, tenantId: string, displayName: string, memberIds: string[], channels: Array<[string, string]>, created: string): Team => ({
  id, tenantId, displayName, description: `${displayName} team`, memberIds,
  channels: channels.map(([channelId, name]) => ({
    id: channelId, displayName: name, description: null, membershipType: 'standard', createdDateTime: created, memberIds: null, messages: [],
  })),
});

/** Builds the initial state; `now` anchors every timestamp so the history looks recent. */
export function seedState(now: Date = new Date()): SandboxState {
  let clock = now.getTime() - 60 * 24 * HOUR;
  const nextId = (at: number): string => String((clock = Math.max(clock + 1, at)));
  const created = new Date(now.getTime() - 90 * 24 * HOUR).toISOString();

  const chats: Chat[] = seedChats.map((s) => {
    const start = now.getTime() - s.hoursAgo * HOUR;
    const messages: Message[] = s.lines.map(([author, text], i) => {
      const at = new Date(start + (i + 1) * 7 * 60_000).toISOString();
      return {
        id: nextId(Date.parse(at)), kind: 'user', fromUserId: author, text, textFormat: 'plain', attachments: [], replyToId: null,
        createdDateTime: at, lastModifiedDateTime: at, lastEditedDateTime: null, deletedDateTime: null,
      };
    });
    const createdAt = new Date(start).toISOString();
    return {
      id: s.id, tenantId: CONTOSO, kind: s.kind, topic: s.topic, createdDateTime: createdAt,
      lastUpdatedDateTime: messages.at(-1)?.createdDateTime ?? createdAt,
      members: s.members.map((userId) => ({
        membershipId: membershipIdOf(s.id, userId), userId, roles: ['owner'], visibleHistoryStartDateTime: ALL_HISTORY, joinedDateTime: createdAt,
      })),
      messages, installedApps: [],
    };
  });

  const teams: Team[] = [
    team('5eed7ea0-0000-4000-8000-0000000000d1', CONTOSO, 'Kundeservice DK', [d.astrid, d.mads, d.sofie, d.lars], [
      ['19:5eed000000000000000000000000dc01@thread.tacv2', 'General'],
      ['19:5eed000000000000000000000000dc02@thread.tacv2', 'Eskalering'],
    ], created),
    team('5eed7ea0-0000-4000-8000-0000000000e1', CONTOSO, 'Kundtjänst SE', [d.erik, d.ingrid, d.karin, d.oskar], [
      ['19:5eed000000000000000000000000ec01@thread.tacv2', 'General'],
      ['19:5eed000000000000000000000000ec02@thread.tacv2', 'Leveranser'],
    ], created),
    team('5eed7ea0-0000-4000-8000-0000000000f1', FABRIKAM, 'Fabrikam Support', [d.nora], [
      ['19:5eed000000000000000000000000fc01@thread.tacv2', 'General'],
    ], created),
  ];
  return { version: 1, lastMessageId: clock, chats, teams };
}
