/**
 * The resource-specific consent (RSC) permissions Casebridge asks for, as declared in
 * appPackage/manifest.json (`authorization.permissions.resourceSpecific`). Installing the app in a
 * chat through Graph consents exactly these: Graph wants the consented set to match the app
 * definition, so this list and the manifest must not drift (tests/unit/graph-rsc.test.ts).
 */

/** One RSC permission, in the manifest's shape. */
export interface RscPermission {
  /** e.g. `ChatMessage.Read.Chat`. */
  readonly name: string;
  readonly type: 'Application' | 'Delegated';
}

/**
 * The manifest's RSC permissions, in the manifest's order. `ChatMessage.Read.Chat` is the one that
 * lets the bot receive every message of a chat without an @mention.
 */
export const CASEBRIDGE_RSC_PERMISSIONS: readonly RscPermission[] = Object.freeze([
  { name: 'ChatMessage.Read.Chat', type: 'Application' },
  { name: 'ChatMember.Read.Chat', type: 'Application' },
  { name: 'Chat.Manage.Chat', type: 'Application' },
  { name: 'ChannelMessage.Read.Group', type: 'Application' },
  { name: 'TeamMember.Read.Group', type: 'Application' },
]);

/** The `consentedPermissionSet` body of `POST /chats/{id}/installedApps` for a permission list. */
export function consentedPermissionSet(permissions: readonly RscPermission[]): {
  resourceSpecificPermissions: { permissionValue: string; permissionType: 'Application' | 'Delegated' }[];
} {
  return {
    resourceSpecificPermissions: permissions.map((p) => ({ permissionValue: p.name, permissionType: p.type })),
  };
}
