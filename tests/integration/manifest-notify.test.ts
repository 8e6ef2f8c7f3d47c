/**
 * H3 in the Teams app package: the search command (type `query`) the message extension answers,
 * and the activity types the notifications send, each template filled by the parameters the
 * delivery gives — validated offline against the official schemas, in en, da and sv.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildAppPackage, tabVariables, type BuildResult, type PackageVariables } from '../../scripts/package-app';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../bot/src/teams/case-search-extension';
import { ACTIVITY_TYPES } from '../../bot/src/domain/work/activity-feed';

// See manifest.test.ts: @microsoft/app-manifest's ESM-only dependency, stood in for under jest.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const VARIABLES: PackageVariables = {
  TEAMS_APP_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  BOT_ID: '7a2d3c4b-5e6f-4071-9b8c-0d1e2f3a4b5c',
  AAD_APP_CLIENT_ID: '8b3e4d5c-6f70-4182-ac9d-1e2f3a4b5c6d',
  APP_NAME_SUFFIX: '',
  ...tabVariables('https://casebridge-test.example.com'),
};

let outputDir: string;
let result: BuildResult;

beforeAll(async () => {
  outputDir = await fs.mkdtemp(path.join(os.tmpdir(), 'casebridge-notify-package-'));
  result = await buildAppPackage({ variables: VARIABLES, envName: 'test', outputDir });
}, 60_000);
afterAll(() => fs.rm(outputDir, { recursive: true, force: true }));

test('the package with the search command and activity types passes schema validation', () => {
  expect(Object.values(result.errors).flat()).toEqual([]);
});

test('the message extension declares the search command the bot answers: type query, one text parameter, in compose and the command box', () => {
  const commands = result.manifest.composeExtensions?.[0]?.commands ?? [];
  expect(commands).toHaveLength(1);
  expect(commands[0]).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query', initialRun: true, context: ['compose', 'commandBox'] });
  expect(commands[0]?.parameters?.map((p) => [p.name, p.inputType])).toEqual([[SEARCH_PARAMETER, 'text']]);
  expect(result.manifest.composeExtensions?.[0]?.botId).toBe(VARIABLES['BOT_ID']);
});

test('every activity type the notifications send is declared, with templates using only the parameters sent', () => {
  const declared = result.manifest.activities?.activityTypes ?? [];
  expect(declared.map((a) => a.type).sort()).toEqual(Object.values(ACTIVITY_TYPES).sort());
  const sent: Record<string, string[]> = { caseAssigned: ['assigner', 'caseNumber'], caseTransferred: ['assigner', 'caseNumber'], customerReplied: ['customer', 'caseNumber'] };
  for (const [index, { type, templateText: template }] of declared.entries()) {
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(params).toEqual([...(sent[type] ?? [])].sort());
    for (const file of ['da.json', 'sv.json']) {
      const localized = String(result.localizations[file]?.[`activities.activityTypes[${index}].templateText`] ?? '');
      expect([...localized.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()).toEqual(params);
    }
  }
  // The SSO app (whose app-only token sends the notifications) is the manifest's webApplicationInfo.
  expect(result.manifest.webApplicationInfo?.id).toBe(VARIABLES['AAD_APP_CLIENT_ID']);
});
