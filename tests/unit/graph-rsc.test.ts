/**
 * The RSC permissions the Graph adapter consents when it installs the app in a chat must be the
 * ones the Teams manifest declares: Graph refuses an install whose consented set does not match
 * the app definition, and a drift would only show up against real Teams.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CASEBRIDGE_RSC_PERMISSIONS, consentedPermissionSet } from '../../bot/src/graph/rsc-permissions';

const ManifestSchema = z.object({
  authorization: z.object({
    permissions: z.object({
      resourceSpecific: z.array(z.object({ name: z.string(), type: z.enum(['Application', 'Delegated']) })),
    }),
  }),
});

const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '../../appPackage/manifest.json'), 'utf8')));
const declared = manifest.authorization.permissions.resourceSpecific;

test('CASEBRIDGE_RSC_PERMISSIONS is the manifest\'s resourceSpecific list, in order', () => {
  expect(declared.length).toBeGreaterThan(0);
  expect(CASEBRIDGE_RSC_PERMISSIONS.map((p) => ({ name: p.name, type: p.type }))).toEqual(declared);
});

test('the list lets the bot read every chat message without an @mention', () => {
  expect(declared).toContainEqual({ name: 'ChatMessage.Read.Chat', type: 'Application' });
});

test('consentedPermissionSet is Graph\'s teamsAppPermissionSet shape', () => {
  expect(consentedPermissionSet(CASEBRIDGE_RSC_PERMISSIONS).resourceSpecificPermissions).toEqual(
    declared.map((p) => ({ permissionValue: p.name, permissionType: p.type })),
  );
});
