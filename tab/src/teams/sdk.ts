/**
 * teams-js, loaded on demand. Importing it fetches Microsoft's list of valid host domains from a
 * CDN at once, so a plain-browser session (local mode, tests with no network) never loads it.
 */
export type TeamsSdk = typeof import('@microsoft/teams-js');

let sdk: Promise<TeamsSdk> | null = null;

export function loadTeamsSdk(): Promise<TeamsSdk> {
  sdk ??= import('@microsoft/teams-js');
  return sdk;
}
