/** B1–B8: settings defaults, deep merge, and the list of changes the audit records. */
import { applySettingsPatch, defaultSettings, SettingsPatchSchema } from '../../bot/src/domain/settings/settings';

test('join chat defaults on for cases only (B2)', () => {
  expect(defaultSettings('case').joinChat).toBe(true);
  for (const type of ['workorder', 'account', 'contact', 'knowledgearticle', 'complaint']) expect(defaultSettings(type).joinChat).toBe(false);
});

test('a patch merges objects, replaces arrays, and lists exactly the leaves that changed', () => {
  const current = defaultSettings('case');
  const { next, changes } = applySettingsPatch(current, { joinChat: true, suggestedContacts: { owner: false }, introMessage: { fields: ['number'] } });
  expect(next.suggestedContacts).toEqual({ ...current.suggestedContacts, owner: false });
  expect(next.introMessage).toEqual({ enabled: true, fields: ['number'] });
  expect(changes).toEqual([
    { path: 'suggestedContacts.owner', oldValue: true, newValue: false },
    { path: 'introMessage.fields', oldValue: current.introMessage.fields, newValue: ['number'] },
  ]);
});

test('a patch that changes nothing lists no changes', () => {
  expect(applySettingsPatch(defaultSettings('case'), { teamsChat: true }).changes).toEqual([]);
});

test('the patch schema refuses unknown keys, wrong types and more than five intro fields', () => {
  expect(SettingsPatchSchema.safeParse({ colour: 'blue' }).success).toBe(false);
  expect(SettingsPatchSchema.safeParse({ teamsChat: 'yes' }).success).toBe(false);
  expect(SettingsPatchSchema.safeParse({ introMessage: { fields: ['a', 'b', 'c', 'd', 'e', 'f'] } }).success).toBe(false);
  expect(SettingsPatchSchema.safeParse({ introMessage: { fields: ['a', 'b', 'c', 'd', 'e'] } }).success).toBe(true);
  expect(SettingsPatchSchema.safeParse({ disconnect: { lastConnectorMay: false, ownerMay: false } }).success).toBe(false);
});

test('the intro card shows by default what its heading does not: status, priority, owner, and the customer where the type has one (B4)', () => {
  expect(defaultSettings('case').introMessage.fields).toEqual(['status', 'priority', 'owner', 'person']);
  for (const type of ['workorder', 'account', 'complaint']) expect(defaultSettings(type).introMessage.fields).toEqual(['status', 'priority', 'owner']);
});
