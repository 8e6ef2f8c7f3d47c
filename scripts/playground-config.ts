/**
 * The config file (.m365agentsplayground.yml) that makes the Microsoft 365 Agents Playground act as
 * Contoso's Teams: the demo tenant, a demo user signed in, five colleagues (the playground wants at
 * least five), and Casebridge's local bot id. Used by `npm run playground` and the browser test.
 */
import { CONTOSO, DEMO_USERS, users } from '../bot/src/sandbox/demo-data';
import { LOCAL_BOT_ID } from '../bot/src/teams-composition';

function account(id: string, indent: string): string {
  const user = users.find((u) => u.id === id);
  if (!user) throw new Error(`no demo user ${id}`);
  const [given = user.displayName, ...rest] = user.displayName.split(' ');
  const pad = ' '.repeat(indent.length);
  return [
    `${indent}id: "29:${user.id}"`,
    `${pad}name: ${user.displayName}`,
    `${pad}userPrincipleName: ${user.email}`, // sic: the playground's spelling
    `${pad}aadObjectId: ${user.id}`,
    `${pad}givenName: ${given}`,
    `${pad}surname: ${rest.join(' ') || given}`,
    `${pad}email: ${user.email}`,
  ].join('\n');
}

/** Contoso's demo users the playground can sign in as. */
export const PLAYGROUND_USERS = ['mads', 'sofie', 'ingrid', 'lars', 'oskar', 'astrid'] as const;
export type PlaygroundUser = (typeof PLAYGROUND_USERS)[number];

/** The YAML for `signedIn` in Contoso. */
export function playgroundConfig(signedIn: PlaygroundUser = 'mads'): string {
  const colleagues = PLAYGROUND_USERS.filter((k) => k !== signedIn).slice(0, 5);
  return [
    'version: "0.1.1"',
    `tenantId: ${CONTOSO}`,
    'bot:',
    `  id: ${LOCAL_BOT_ID}`,
    '  name: Casebridge',
    'currentUser:',
    account(DEMO_USERS[signedIn], '  '),
    'users:',
    ...colleagues.map((k) => account(DEMO_USERS[k], '  - ')),
    'personalChat:',
    '  id: casebridge-playground-personal',
    'groupChat:',
    '  id: casebridge-playground-group',
    '  name: Support huddle',
    'team:',
    '  id: casebridge-playground-team',
    '  name: Kundeservice DK',
    '  aadGroupId: 5eed7ea0-0000-4000-8000-0000000000d1',
    '  channels:',
    '    - id: casebridge-playground-general',
    '      name: General',
    '',
  ].join('\n');
}

/** The playground's command line (run with the repository's Node) against a bot endpoint. */
export function playgroundArgs(cli: string, botEndpoint: string, port: number): string[] {
  return [cli, '-e', botEndpoint, '-c', 'msteams', '--dt', '-p', String(port)];
}

/** --dt turns the playground's telemetry off; the Application Insights SDK in it still sends "statsbeat" unless told not to. */
export const PLAYGROUND_ENV = { TEAMSAPPTESTER_BROWSER: 'none', APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', NO_COLOR: '1' } as const;
