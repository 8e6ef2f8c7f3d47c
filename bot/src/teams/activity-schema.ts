/**
 * The activities /api/messages accepts, checked before botbuilder sees them: the fields Casebridge
 * and botbuilder rely on (botbuilder echoes ids, accounts and the conversation into its replies,
 * and its serializer throws on a wrong type), per activity type and invoke name. Unknown extra
 * fields pass, as Teams adds fields. A malformed activity gets a 400 naming the first bad field.
 */
import type { Activity } from 'botbuilder';
import { z } from 'zod';

const Id = z.string().min(1).max(1024);
const Short = z.string().max(256);
/** An optional descriptive field: absent, or null as some serializers write "absent". */
const Optional = (type: z.ZodString) => type.nullish();
const Timestamp = z.string().max(64).refine((value) => Number.isFinite(Date.parse(value)), 'not a date');

/** A person or bot (`from`, `recipient`, members). */
const Account = z.looseObject({
  id: Id,
  name: Optional(z.string().max(1024)),
  aadObjectId: Optional(Short),
  role: Optional(Short),
});

const Conversation = z.looseObject({
  id: Id,
  name: Optional(z.string().max(1024)),
  conversationType: Optional(Short),
  tenantId: Optional(Short),
  isGroup: z.boolean().nullish(),
  aadObjectId: Optional(Short),
  role: Optional(Short),
});

/** What every activity carries. */
const BaseActivity = z.looseObject({
  type: z.string().min(1).max(64),
  id: Id.optional(),
  timestamp: Timestamp.optional(),
  localTimestamp: Timestamp.optional(),
  localTimezone: Optional(Short),
  serviceUrl: z.string().min(1).max(2048),
  channelId: z.string().min(1).max(64),
  from: Account,
  recipient: Account,
  conversation: Conversation,
  locale: Optional(z.string().max(64)),
  text: Optional(z.string()),
  textFormat: Optional(Short),
  replyToId: Optional(Id),
  name: Short.optional(),
  action: Optional(Short),
  // TurnContext.getMentions lower-cases every entity's type.
  entities: z.array(z.looseObject({ type: Short })).optional(),
  channelData: z.looseObject({ tenant: z.looseObject({ id: Short }).optional(), eventType: Short.optional() }).optional(),
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
});

/** `value` of a link unfurling invoke. */
export const LinkQueryValue = z.looseObject({ url: z.string() });

/**
 * The invokes Casebridge answers, with the shape of their `value`. `adaptiveCard/action` is checked
 * by the verb table in card-actions.ts, which answers a malformed action with a typed invoke error.
 */
export const INVOKE_VALUES = {
  'composeExtension/queryLink': LinkQueryValue,
  'composeExtension/anonymousQueryLink': LinkQueryValue,
  'adaptiveCard/action': z.unknown(),
  // Checked by case-search-extension.ts, which answers a malformed query with a friendly message.
  'composeExtension/query': z.unknown(),
} satisfies Record<string, z.ZodType>;

export type InvokeName = keyof typeof INVOKE_VALUES;

export const isInvokeName = (name: string): name is InvokeName => Object.hasOwn(INVOKE_VALUES, name);

/** Fields some activity types need on top of the base. */
const BY_TYPE: Partial<Record<string, z.ZodType>> = {
  invoke: z.looseObject({ name: z.string().min(1).max(256) }),
};

/**
 * botbuilder's Activity type marks fields required that Teams never sends (label, valueType,
 * listenFor…), so a checked object cannot be built field by field; botbuilder parses its own
 * request bodies the same way (a zod custom type over a record).
 */
const BotActivity = z.custom<Activity>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; field: string };

function firstField(error: z.ZodError, prefix = ''): string {
  const path = error.issues[0]?.path.map(String).join('.') ?? '';
  const field = [prefix, path].filter((p) => p !== '').join('.');
  return field === '' ? 'activity' : field;
}

/** Checks a request body; the activity comes back with its timestamps as dates, as botbuilder expects. */
export function checkActivity(body: unknown): ActivityCheck {
  const base = BaseActivity.safeParse(body);
  if (!base.success) return { ok: false, field: firstField(base.error) };
  const data = base.data;
  const extra = BY_TYPE[data.type]?.safeParse(data);
  if (extra && !extra.success) return { ok: false, field: firstField(extra.error) };
  if (data.type === 'invoke' && data.name !== undefined && isInvokeName(data.name)) {
    const value = INVOKE_VALUES[data.name].safeParse(data.value);
    if (!value.success) return { ok: false, field: firstField(value.error, 'value') };
  }
  const activity = BotActivity.parse({
    ...data,
    ...(data.timestamp !== undefined ? { timestamp: new Date(data.timestamp), rawTimestamp: data.timestamp } : {}),
    ...(data.localTimestamp !== undefined ? { localTimestamp: new Date(data.localTimestamp), rawLocalTimestamp: data.localTimestamp } : {}),
  });
  return { ok: true, activity };
}
