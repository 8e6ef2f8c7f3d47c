/** Admin settings per record type (B1–B7), their defaults and the audit trail's change list (B8). */
import { z } from 'zod';

/** An acknowledgement template (H1); null means the built-in text of that language. */
export const AckTemplateSchema = z.object({
  subject: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(5000),
});
export type AckTemplate = z.infer<typeof AckTemplateSchema>;

/** H1 intake of a record type: where its mail arrives, the acknowledgement, replies to closed records. */
export const IntakeSettingsSchema = z.object({
  /** The support address mail for this type arrives at (unique across tenants), or null: no e-mail or web form. */
  supportAddress: z.email().max(254).toLowerCase().nullable(),
  acknowledgement: z.object({
    enabled: z.boolean(),
    templates: z.object({ en: AckTemplateSchema.nullable(), da: AckTemplateSchema.nullable(), sv: AckTemplateSchema.nullable() }),
  }),
  /** A customer's mail on a closed record: reopen it (if closed at most `reopenWithinDays` ago) or start a new linked one. */
  replyToClosed: z.object({ action: z.enum(['reopen', 'newCase']), reopenWithinDays: z.number().int().min(0).max(365) }),
});
export type IntakeSettings = z.infer<typeof IntakeSettingsSchema>;

/** The settings of one record type; the schema is the single source of the shape. */
export const RecordTypeSettingsSchema = z.object({
  /** B1 */
  teamsChat: z.boolean(),
  /** B2 */
  joinChat: z.boolean(),
  /** B3 */
  autoNameChats: z.boolean(),
  /** B4: up to 5 field names, always with a link back to the record. */
  introMessage: z.object({ enabled: z.boolean(), fields: z.array(z.string().min(1).max(80)).max(5) }),
  /** B5: the owner and holders of `disconnectChat` always may; this adds the last connector. */
  disconnect: z.object({ lastConnectorMay: z.boolean() }),
  /** B6 */
  suggestedContacts: z.object({
    owner: z.boolean(),
    owningTeam: z.boolean(),
    timelineActivity: z.boolean(),
    sameCustomer: z.boolean(),
    similarCases: z.boolean(),
  }),
  /** B7 */
  timelineChatEntries: z.boolean(),
  /** E6: keep the text of connected chats' messages on the record, for this many days. */
  transcript: z.object({ enabled: z.boolean(), retentionDays: z.number().int().min(1).max(3650) }),
  /** H1 */
  intake: IntakeSettingsSchema,
});

export type RecordTypeSettings = z.infer<typeof RecordTypeSettingsSchema>;

/** What an admin may send: any subset, objects merged deeply, arrays replaced. */
export const SettingsPatchSchema = z
  .object({
    teamsChat: z.boolean(),
    joinChat: z.boolean(),
    autoNameChats: z.boolean(),
    introMessage: RecordTypeSettingsSchema.shape.introMessage.partial().strict(),
    disconnect: RecordTypeSettingsSchema.shape.disconnect.partial().strict(),
    suggestedContacts: RecordTypeSettingsSchema.shape.suggestedContacts.partial().strict(),
    timelineChatEntries: z.boolean(),
    transcript: RecordTypeSettingsSchema.shape.transcript.partial().strict(),
    intake: z
      .object({
        supportAddress: IntakeSettingsSchema.shape.supportAddress,
        acknowledgement: z
          .object({
            enabled: z.boolean(),
            templates: IntakeSettingsSchema.shape.acknowledgement.shape.templates.partial().strict(),
          })
          .partial()
          .strict(),
        replyToClosed: IntakeSettingsSchema.shape.replyToClosed.partial().strict(),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const MAX_INTRO_FIELDS = 5;

/** Defaults: everything on, except join chat, which is on only for cases (B2). */
export function defaultSettings(recordType: string): RecordTypeSettings {
  return {
    teamsChat: true,
    joinChat: recordType === 'case',
    autoNameChats: true,
    introMessage: { enabled: true, fields: ['status', 'priority', 'owner', ...(recordType === 'case' ? ['person'] : [])] },
    disconnect: { lastConnectorMay: true },
    suggestedContacts: { owner: true, owningTeam: true, timelineActivity: true, sameCustomer: true, similarCases: true },
    timelineChatEntries: true,
    transcript: { enabled: false, retentionDays: 90 },
    intake: {
      supportAddress: null,
      acknowledgement: { enabled: recordType === 'case', templates: { en: null, da: null, sv: null } },
      replyToClosed: { action: 'reopen', reopenWithinDays: 14 },
    },
  };
}

/**
 * Settings as stored, completed with the defaults of settings added since they were saved, so a
 * document written by an older version still reads as a whole.
 */
export function withDefaults(recordType: string, stored: Partial<Record<keyof RecordTypeSettings, unknown>>): RecordTypeSettings {
  return RecordTypeSettingsSchema.parse({ ...defaultSettings(recordType), ...stored });
}

/** A change to one leaf of the settings. */
export interface SettingChange {
  path: string;
  oldValue: unknown;
  newValue: unknown;
}

/** The settings of a type as stored, with the last change kept until its audit entries are written. */
export interface SettingsDocument {
  tenantId: string;
  recordType: string;
  settings: RecordTypeSettings;
  revision: number;
  lastChange: { revision: number; actorId: string; at: string; changes: SettingChange[] } | null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep-merges a patch into settings and lists every leaf that changed, in path order. */
export function applySettingsPatch(current: RecordTypeSettings, patch: SettingsPatch): { next: RecordTypeSettings; changes: SettingChange[] } {
  const changes: SettingChange[] = [];
  const merge = (base: Record<string, unknown>, delta: Record<string, unknown>, prefix: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(delta)) {
      if (value === undefined) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      const old = base[key];
      if (isPlainObject(value) && isPlainObject(old)) {
        out[key] = merge(old, value, path);
      } else if (JSON.stringify(old) !== JSON.stringify(value)) {
        out[key] = value;
        changes.push({ path, oldValue: old, newValue: value });
      }
    }
    return out;
  };
  const next = merge({ ...current }, { ...patch }, '');
  return { next: RecordTypeSettingsSchema.parse(next), changes };
}

