/**
 * The settings form's model: one descriptor per on/off or number setting (B1–B7), their
 * validation (a number out of range is shown and blocks the save, never silently reverted), and
 * the save diff.
 */
import {
  SUGGESTED_CONTACT_RULES,
  type Settings,
  type SettingsPatch,
  type SuggestedContactRule,
} from '../api/types';
import type { MessageKey } from '../i18n/en';
import { diffIntake, intakeLabelKey, invalidIntake } from './intake-settings-model';

/** An on/off setting: its dotted path (also its audit path and test id), labels and accessors. */
export interface BooleanSetting {
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  get: (settings: Settings) => boolean;
  set: (settings: Settings, value: boolean) => Settings;
}

export const TEAMS_CHAT: BooleanSetting = {
  path: 'teamsChat',
  label: 'settings.teamsChat',
  hint: 'settings.teamsChat.hint',
  get: (s) => s.teamsChat,
  set: (s, value) => ({ ...s, teamsChat: value }),
};

export const JOIN_CHAT: BooleanSetting = {
  path: 'joinChat',
  label: 'settings.joinChat',
  hint: 'settings.joinChat.hint',
  get: (s) => s.joinChat,
  set: (s, value) => ({ ...s, joinChat: value }),
};

export const AUTO_NAME_CHATS: BooleanSetting = {
  path: 'autoNameChats',
  label: 'settings.autoNameChats',
  hint: 'settings.autoNameChats.hint',
  get: (s) => s.autoNameChats,
  set: (s, value) => ({ ...s, autoNameChats: value }),
};

export const INTRO_ENABLED: BooleanSetting = {
  path: 'introMessage.enabled',
  label: 'settings.introMessage.enabled',
  hint: 'settings.introMessage.enabled.hint',
  get: (s) => s.introMessage.enabled,
  set: (s, value) => ({ ...s, introMessage: { ...s.introMessage, enabled: value } }),
};

export const LAST_CONNECTOR_MAY: BooleanSetting = {
  path: 'disconnect.lastConnectorMay',
  label: 'settings.disconnect.lastConnectorMay',
  get: (s) => s.disconnect.lastConnectorMay,
  set: (s, value) => ({ ...s, disconnect: { ...s.disconnect, lastConnectorMay: value } }),
};

function suggested(rule: SuggestedContactRule): BooleanSetting {
  return {
    path: `suggestedContacts.${rule}`,
    label: `settings.suggestedContacts.${rule}`,
    get: (s) => s.suggestedContacts[rule],
    set: (s, value) => ({ ...s, suggestedContacts: { ...s.suggestedContacts, [rule]: value } }),
  };
}

export const SUGGESTED_CONTACTS: BooleanSetting[] = SUGGESTED_CONTACT_RULES.map(suggested);

export const TIMELINE_CHAT_ENTRIES: BooleanSetting = {
  path: 'timelineChatEntries',
  label: 'settings.timelineChatEntries',
  hint: 'settings.timelineChatEntries.hint',
  get: (s) => s.timelineChatEntries,
  set: (s, value) => ({ ...s, timelineChatEntries: value }),
};

export const TRANSCRIPT_ENABLED: BooleanSetting = {
  path: 'transcript.enabled',
  label: 'settings.transcript.enabled',
  hint: 'settings.transcript.enabled.hint',
  get: (s) => s.transcript.enabled,
  set: (s, value) => ({ ...s, transcript: { ...s.transcript, enabled: value } }),
};

export const TRANSCRIPT_RETENTION_PATH = 'transcript.retentionDays';

/** A whole-number setting and its allowed range (the service's zod schema has the same bounds). */
export interface NumberSetting {
  path: string;
  label: MessageKey;
  hint?: MessageKey;
  min: number;
  max: number;
  get: (settings: Settings) => number;
  set: (settings: Settings, value: number) => Settings;
  /** Whether the field applies (it is disabled otherwise; an invalid value still blocks the save). */
  enabled: (settings: Settings) => boolean;
}

export const TRANSCRIPT_RETENTION: NumberSetting = {
  path: TRANSCRIPT_RETENTION_PATH,
  label: 'settings.transcript.retentionDays',
  hint: 'settings.transcript.retentionDays.hint',
  min: 1,
  max: 3650,
  get: (s) => s.transcript.retentionDays,
  set: (s, value) => ({ ...s, transcript: { ...s.transcript, retentionDays: value } }),
  enabled: (s) => s.transcript.enabled,
};

export const REOPEN_WITHIN_DAYS: NumberSetting = {
  path: 'intake.replyToClosed.reopenWithinDays',
  label: 'intakeSettings.reopenWithinDays',
  hint: 'intakeSettings.reopenWithinDays.hint',
  min: 0,
  max: 365,
  get: (s) => s.intake.replyToClosed.reopenWithinDays,
  set: (s, value) => ({ ...s, intake: { ...s.intake, replyToClosed: { ...s.intake.replyToClosed, reopenWithinDays: value } } }),
  enabled: (s) => s.intake.replyToClosed.action === 'reopen',
};

export const NUMBER_SETTINGS: NumberSetting[] = [TRANSCRIPT_RETENTION, REOPEN_WITHIN_DAYS];

/** Whether the value is a whole number within the setting's range. */
export function isValidNumber(setting: NumberSetting, value: number): boolean {
  return Number.isInteger(value) && value >= setting.min && value <= setting.max;
}

/** The paths of the draft's settings that may not be saved (numbers out of range, an invalid address or template). */
export function invalidSettings(draft: Settings): string[] {
  return [
    ...NUMBER_SETTINGS.filter((setting) => !isValidNumber(setting, setting.get(draft))).map((setting) => setting.path),
    ...invalidIntake(draft.intake).filter((path) => !NUMBER_SETTINGS.some((setting) => setting.path === path)),
  ];
}

/** What the user typed into a number field: the number, or NaN when it is not a whole number. */
export function parseWholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number.parseInt(trimmed, 10) : Number.NaN;
}

export const INTRO_FIELDS_PATH = 'introMessage.fields';

const BOOLEAN_SETTINGS: BooleanSetting[] = [
  TEAMS_CHAT,
  JOIN_CHAT,
  AUTO_NAME_CHATS,
  INTRO_ENABLED,
  LAST_CONNECTOR_MAY,
  ...SUGGESTED_CONTACTS,
  TIMELINE_CHAT_ENTRIES,
  TRANSCRIPT_ENABLED,
];

/** The label of an audited settings path; unknown paths are shown as they are. */
export function settingLabelKey(path: string): MessageKey | null {
  if (path === INTRO_FIELDS_PATH) return 'settings.introMessage.fields';
  if (path === TRANSCRIPT_RETENTION_PATH) return 'settings.transcript.retentionDays';
  if (path.startsWith('intake.')) return intakeLabelKey(path);
  return BOOLEAN_SETTINGS.find((setting) => setting.path === path)?.label ?? null;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Only what changed from `saved` to `draft`, shaped for the deep-merging PATCH. */
export function diffSettings(saved: Settings, draft: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  if (saved.teamsChat !== draft.teamsChat) patch.teamsChat = draft.teamsChat;
  if (saved.joinChat !== draft.joinChat) patch.joinChat = draft.joinChat;
  if (saved.autoNameChats !== draft.autoNameChats) patch.autoNameChats = draft.autoNameChats;
  if (saved.timelineChatEntries !== draft.timelineChatEntries) patch.timelineChatEntries = draft.timelineChatEntries;

  const intro: NonNullable<SettingsPatch['introMessage']> = {};
  if (saved.introMessage.enabled !== draft.introMessage.enabled) intro.enabled = draft.introMessage.enabled;
  if (!sameList(saved.introMessage.fields, draft.introMessage.fields)) intro.fields = draft.introMessage.fields;
  if (Object.keys(intro).length > 0) patch.introMessage = intro;

  if (saved.disconnect.lastConnectorMay !== draft.disconnect.lastConnectorMay) {
    patch.disconnect = { lastConnectorMay: draft.disconnect.lastConnectorMay };
  }

  const contacts: NonNullable<SettingsPatch['suggestedContacts']> = {};
  for (const rule of SUGGESTED_CONTACT_RULES) {
    if (saved.suggestedContacts[rule] !== draft.suggestedContacts[rule]) contacts[rule] = draft.suggestedContacts[rule];
  }
  if (Object.keys(contacts).length > 0) patch.suggestedContacts = contacts;

  const transcript: NonNullable<SettingsPatch['transcript']> = {};
  if (saved.transcript.enabled !== draft.transcript.enabled) transcript.enabled = draft.transcript.enabled;
  if (!Object.is(saved.transcript.retentionDays, draft.transcript.retentionDays)) transcript.retentionDays = draft.transcript.retentionDays;
  if (Object.keys(transcript).length > 0) patch.transcript = transcript;

  const intake = diffIntake(saved.intake, draft.intake);
  if (intake !== undefined) patch.intake = intake;
  return patch;
}

export function isEmptyPatch(patch: SettingsPatch): boolean {
  return Object.keys(patch).length === 0;
}
