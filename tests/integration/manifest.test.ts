/**
 * The Teams app package (scripts/package-app.ts, `npm run package`): built with test values into a
 * temp dir, validated offline against the official schemas bundled with @microsoft/app-manifest
 * (the network is blocked in tests, so a schema download would fail the test), and zipped.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import {
  APP_PACKAGE_DIR,
  buildAppPackage,
  PACKAGE_FILES,
  tabVariables,
  UnresolvedPlaceholderError,
  valueAtPath,
  type BuildResult,
  type PackageVariables,
} from '../../scripts/package-app';

// @microsoft/app-manifest requires strip-bom@5, which is ESM-only: Node 20.19+ loads it through
// require(esm), jest's CommonJS runtime cannot. The package only uses it to read manifests from disk,
// which the build does not do, so a CommonJS stand-in with the same behaviour is enough here.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const PUBLIC_URL = 'https://casebridge-test.example.com';
const VARIABLES: PackageVariables = {
  TEAMS_APP_ID: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  BOT_ID: '7a2d3c4b-5e6f-4071-9b8c-0d1e2f3a4b5c',
  AAD_APP_CLIENT_ID: '8b3e4d5c-6f70-4182-ac9d-1e2f3a4b5c6d',
  APP_NAME_SUFFIX: '-test',
  ...tabVariables(PUBLIC_URL),
};

let outputDir: string;
let result: BuildResult;

beforeAll(async () => {
  outputDir = await fs.mkdtemp(path.join(os.tmpdir(), 'casebridge-package-'));
  result = await buildAppPackage({ variables: VARIABLES, envName: 'test', outputDir });
});

afterAll(async () => {
  await fs.rm(outputDir, { recursive: true, force: true });
});

/** Copies appPackage/ to a temp dir and lets the test break one file there. */
async function withBrokenSource(file: string, edit: (text: string) => string): Promise<string> {
  const sourceDir = await fs.mkdtemp(path.join(os.tmpdir(), 'casebridge-source-'));
  for (const name of PACKAGE_FILES) await fs.copyFile(path.join(APP_PACKAGE_DIR, name), path.join(sourceDir, name));
  const target = path.join(sourceDir, file);
  await fs.writeFile(target, edit(await fs.readFile(target, 'utf8')));
  return sourceDir;
}

describe('app package', () => {
  it('passes schema validation for the manifest and both localization files', () => {
    expect(result.errors).toEqual({
      'manifest.json': [],
      'da.json': [],
      'sv.json': [],
      'color.png': [],
      'outline.png': [],
    });
  });

  it('writes a zip holding exactly the five files at its root', async () => {
    expect(result.zipPath).toBe(path.join(outputDir, 'appPackage.test.zip'));
    const zip = await JSZip.loadAsync(await fs.readFile(result.zipPath ?? ''));
    const names = Object.values(zip.files).map((entry) => entry.name);
    expect(names.sort()).toEqual([...PACKAGE_FILES].sort());
  });

  it('zips the resolved manifest, with no placeholder left in any file', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(result.zipPath ?? ''));
    for (const name of ['manifest.json', 'da.json', 'sv.json']) {
      expect(await zip.file(name)?.async('string')).not.toMatch(/\$\{\{/);
    }
    const zipped: unknown = JSON.parse((await zip.file('manifest.json')?.async('string')) ?? 'null');
    expect(zipped).toEqual(JSON.parse(JSON.stringify(result.manifest)));
  });

  it('unfurls links of the PUBLIC_URL host, anonymously too', () => {
    const handler = result.manifest.composeExtensions?.[0]?.messageHandlers?.[0];
    expect(handler?.type).toBe('link');
    expect(handler?.value.domains).toEqual([new URL(PUBLIC_URL).host]);
    expect(handler?.value.supportsAnonymizedPayloads).toBe(true);
    expect(result.manifest.validDomains).toEqual([new URL(PUBLIC_URL).host]);
  });

  it('points the tabs, the bot and SSO at the given values', () => {
    expect(result.manifest.id).toBe(VARIABLES['TEAMS_APP_ID']);
    expect(result.manifest.bots?.[0]?.botId).toBe(VARIABLES['BOT_ID']);
    expect(result.manifest.staticTabs?.[0]?.contentUrl).toBe(`${PUBLIC_URL}/?inTeams=true`);
    expect(result.manifest.configurableTabs?.[0]?.configurationUrl).toBe(`${PUBLIC_URL}/config?inTeams=true`);
    expect(result.manifest.webApplicationInfo).toEqual({
      id: VARIABLES['AAD_APP_CLIENT_ID'],
      resource: `api://casebridge-test.example.com/${VARIABLES['AAD_APP_CLIENT_ID'] ?? ''}`,
    });
  });

  it('asks for the resource-specific permissions connected chats need', () => {
    const rsc = result.manifest.authorization?.permissions?.resourceSpecific ?? [];
    const names = rsc.filter((permission) => permission.type === 'Application').map((permission) => permission.name);
    expect(names).toEqual(expect.arrayContaining(['ChatMessage.Read.Chat', 'ChatMember.Read.Chat']));
  });

  it.each(['da.json', 'sv.json'])('%s translates keys that exist in the manifest, none empty', (file) => {
    const localization = result.localizations[file] ?? {};
    const keys = Object.keys(localization).filter((key) => key !== '$schema');
    expect(keys).toEqual(expect.arrayContaining(['name.short', 'name.full', 'description.short', 'description.full']));
    for (const key of keys) {
      expect(typeof valueAtPath(result.manifest, key)).toBe('string');
      expect(String(localization[key]).trim()).not.toBe('');
      // Actually translated: only the product name may read the same as in English.
      if (key !== 'name.short') expect(localization[key]).not.toBe(valueAtPath(result.manifest, key));
    }
  });

  it('fails, naming the placeholder, when a variable has no value', async () => {
    const { BOT_ID: _omitted, ...withoutBotId } = VARIABLES;
    const build = buildAppPackage({ variables: withoutBotId, envName: 'test', outputDir });
    await expect(build).rejects.toBeInstanceOf(UnresolvedPlaceholderError);
    await expect(build).rejects.toThrow('${{BOT_ID}}');
  });

  it('reports schema errors and writes no zip when a localization file is invalid', async () => {
    const sourceDir = await withBrokenSource('sv.json', (text) => text.replace('"name.short"', '"name.shortish"'));
    try {
      const broken = await buildAppPackage({ variables: VARIABLES, envName: 'broken', outputDir, sourceDir });
      expect(broken.errors['sv.json']?.length).toBeGreaterThan(0);
      expect(broken.zipPath).toBeNull();
      await expect(fs.access(path.join(outputDir, 'appPackage.broken.zip'))).rejects.toThrow();
    } finally {
      await fs.rm(sourceDir, { recursive: true, force: true });
    }
  });
});
