/**
 * `npm run package`: builds the Teams app package (appPackage/build/appPackage.<env>.zip).
 *
 * 1. Reads appPackage/manifest.json and the localization files, and replaces every `${{NAME}}`
 *    placeholder (the Microsoft 365 Agents Toolkit convention) with a value from the environment.
 * 2. Fails, naming them, if any placeholder is left: a package with `${{BOT_ID}}` in it uploads fine
 *    and then silently does nothing in Teams.
 * 3. Validates manifest.json and every localization file with AppManifestUtils.validateAgainstSchema
 *    against the official JSON schemas bundled with @microsoft/app-manifest (offline: it refuses a
 *    schema it would have to download), plus the checks the schema cannot express (icon sizes,
 *    localized keys that point at nothing).
 * 4. Zips the five files at the zip root, deterministically (fixed timestamps), so the same input
 *    gives the same bytes.
 *
 * Environment: PUBLIC_URL (→ TAB_ENDPOINT, TAB_DOMAIN), TEAMS_APP_ID, BOT_ID, AAD_APP_CLIENT_ID,
 * APP_NAME_SUFFIX, CASEBRIDGE_ENV (zip name; unset or `local` enables the local-mode defaults).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { AppManifestUtils, type AppManifest, type TeamsManifestV1D30 } from '@microsoft/app-manifest';

/** The manifest schema version this package is written against (see appPackage/manifest.json). */
export type CasebridgeManifest = TeamsManifestV1D30.TeamsManifestV1D30;

/** Values for the `${{NAME}}` placeholders, by NAME. */
export type PackageVariables = Readonly<Record<string, string>>;

/** Where the sources live by default. */
export const APP_PACKAGE_DIR = path.resolve(__dirname, '..', 'appPackage');

/** The files of the package, all at the zip root. JSON files get their placeholders resolved. */
export const PACKAGE_FILES = ['manifest.json', 'da.json', 'sv.json', 'color.png', 'outline.png'] as const;
const LOCALIZATION_FILES = ['da.json', 'sv.json'] as const;
const ICON_SIZES: Readonly<Record<string, number>> = { 'color.png': 192, 'outline.png': 32 };

/**
 * Local-mode stand-ins for the ids the toolkit creates at provisioning time. Well-formed GUIDs so the
 * schema accepts them, and obviously fake (all zeros but the last digit) so nobody mistakes a local
 * package for a real one. They are never used when CASEBRIDGE_ENV names a real environment.
 */
export const LOCAL_PLACEHOLDER_IDS = {
  TEAMS_APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  AAD_APP_CLIENT_ID: '00000000-0000-4000-8000-000000000003',
} as const;
const LOCAL_PUBLIC_URL = 'http://localhost:3978';
const ZIP_DATE = new Date('2025-01-01T00:00:00Z'); // fixed, so rebuilding does not change the zip
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Thrown when a `${{NAME}}` placeholder has no value; the message names every one of them. */
export class UnresolvedPlaceholderError extends Error {
  constructor(readonly placeholders: readonly string[]) {
    super(
      `Unresolved placeholder(s): ${placeholders.join(', ')}. ` +
        'Set the matching environment variables (see docs/deploy.md) and run `npm run package` again.',
    );
    this.name = 'UnresolvedPlaceholderError';
  }
}

/** Options for {@link buildAppPackage}. */
export interface BuildOptions {
  readonly variables: PackageVariables;
  /** Environment name used in the zip file name; `local` by default. */
  readonly envName?: string;
  /** Where the zip is written; appPackage/build by default. */
  readonly outputDir?: string;
  /** Where manifest.json, the localization files and the icons are read from; appPackage by default. */
  readonly sourceDir?: string;
}

/** What {@link buildAppPackage} produced. */
export interface BuildResult {
  /** The resolved manifest. */
  readonly manifest: CasebridgeManifest;
  /** The resolved localization files, by file name. */
  readonly localizations: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Problems per file (schema errors and extra checks); every list is empty when the package is valid. */
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** The zip that was written, or null when there were errors (no zip is written then). */
  readonly zipPath: string | null;
}

/**
 * Derives the placeholder values from environment variables. PUBLIC_URL gives TAB_ENDPOINT (no
 * trailing slash) and TAB_DOMAIN (host, with a port when there is one). Outside local mode nothing
 * is defaulted: a missing id must surface as an unresolved placeholder, not as a fake GUID.
 */
export function variablesFromEnv(env: NodeJS.ProcessEnv): PackageVariables {
  const envName = env['CASEBRIDGE_ENV'] || 'local';
  const local = envName === 'local';
  const pick = (name: keyof typeof LOCAL_PLACEHOLDER_IDS): Record<string, string> => {
    const value = env[name] || (local ? LOCAL_PLACEHOLDER_IDS[name] : undefined);
    return value === undefined ? {} : { [name]: value };
  };
  const publicUrl = env['PUBLIC_URL'] || (local ? LOCAL_PUBLIC_URL : undefined);
  return {
    ...pick('TEAMS_APP_ID'),
    ...pick('BOT_ID'),
    ...pick('AAD_APP_CLIENT_ID'),
    ...(publicUrl === undefined ? {} : tabVariables(publicUrl)),
    APP_NAME_SUFFIX: env['APP_NAME_SUFFIX'] ?? '',
  };
}

/** TAB_ENDPOINT and TAB_DOMAIN for a public URL such as `https://casebridge.example.com`. */
export function tabVariables(publicUrl: string): { TAB_ENDPOINT: string; TAB_DOMAIN: string } {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`PUBLIC_URL is not an absolute URL: ${JSON.stringify(publicUrl)}`);
  }
  return { TAB_ENDPOINT: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, TAB_DOMAIN: url.host };
}

/** Replaces `${{NAME}}` in JSON text; values are JSON-escaped. Returns the names that had no value. */
export function substitutePlaceholders(text: string, variables: PackageVariables): { text: string; unresolved: string[] } {
  const unresolved = new Set<string>();
  const result = text.replace(PLACEHOLDER, (match, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : undefined;
    if (value === undefined) {
      unresolved.add(name);
      return match;
    }
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: result, unresolved: [...unresolved] };
}

/**
 * Reads a localization key such as `staticTabs[1].name` or `name.short` from the manifest. Returns
 * undefined when the path leads nowhere.
 */
export function valueAtPath(root: unknown, key: string): unknown {
  const segments = key.split('.').flatMap((part) => part.split(/[[\]]/).filter((s) => s !== ''));
  let node: unknown = root;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null) return undefined;
    const items: readonly unknown[] | undefined = Array.isArray(node) ? node : undefined;
    const property: unknown = Object.getOwnPropertyDescriptor(node, segment)?.value;
    node = items ? items[Number(segment)] : property;
  }
  return node;
}

/** Builds, validates and (when valid) zips the app package. Throws {@link UnresolvedPlaceholderError}. */
export async function buildAppPackage(options: BuildOptions): Promise<BuildResult> {
  const sourceDir = options.sourceDir ?? APP_PACKAGE_DIR;
  const envName = options.envName ?? 'local';
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new Error(`Invalid environment name: ${JSON.stringify(envName)}`);

  const contents = new Map<string, Buffer>();
  const unresolved: string[] = [];
  for (const file of PACKAGE_FILES) {
    const raw = await fs.readFile(path.join(sourceDir, file));
    if (!file.endsWith('.json')) {
      contents.set(file, raw);
      continue;
    }
    const substituted = substitutePlaceholders(raw.toString('utf8'), options.variables);
    unresolved.push(...substituted.unresolved.map((name) => `\${{${name}}} (in ${file})`));
    contents.set(file, Buffer.from(substituted.text, 'utf8'));
  }
  if (unresolved.length > 0) throw new UnresolvedPlaceholderError(unresolved);

  const documents = new Map<string, Record<string, unknown>>();
  for (const file of ['manifest.json', ...LOCALIZATION_FILES]) documents.set(file, parseJsonObject(file, contents.get(file)));
  const errors: Record<string, string[]> = {};
  for (const [file, document] of documents) errors[file] = await validateDocument(document);
  const manifestDocument = documents.get('manifest.json') ?? {};
  for (const file of LOCALIZATION_FILES) errors[file]?.push(...checkLocalizedKeys(manifestDocument, documents.get(file) ?? {}));
  errors['manifest.json']?.push(...checkLocalizationInfo(manifestDocument));
  for (const [file, size] of Object.entries(ICON_SIZES)) errors[file] = checkPng(contents.get(file), size);

  if (!isCasebridgeManifest(manifestDocument)) throw new Error('manifest.json does not declare manifestVersion 1.30');
  const localizations = Object.fromEntries(LOCALIZATION_FILES.map((file) => [file, documents.get(file) ?? {}]));
  const valid = Object.values(errors).every((list) => list.length === 0);
  const zipPath = valid ? await writeZip(contents, options.outputDir ?? path.join(APP_PACKAGE_DIR, 'build'), envName) : null;
  return { manifest: manifestDocument, localizations, errors, zipPath };
}

function parseJsonObject(file: string, content: Buffer | undefined): Record<string, unknown> {
  const parsed: unknown = JSON.parse((content ?? Buffer.alloc(0)).toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${file} is not a JSON object`);
  return Object.fromEntries(Object.entries(parsed));
}

/**
 * The library types its parameter as AppManifest, but it validates any JSON document that names its
 * schema in `$schema` (it reads nothing else before handing the document to ajv). This guard says so.
 */
function isSchemaDocument(document: Record<string, unknown>): document is Record<string, unknown> & AppManifest {
  return typeof document['$schema'] === 'string';
}

function isCasebridgeManifest(document: Record<string, unknown>): document is Record<string, unknown> & CasebridgeManifest {
  return document['manifestVersion'] === '1.30';
}

/** Matches the developer.microsoft.com schema URLs (with or without a locale) and captures the local part. */
const TEAMS_SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/[\w.]+\/[\w.]+\.json)$/i;

async function validateDocument(document: Record<string, unknown>): Promise<string[]> {
  const schemaUrl = document['$schema'];
  if (typeof schemaUrl !== 'string' || !isSchemaDocument(document)) return ['$schema is missing'];
  // fetchSchema downloads any schema it does not bundle; a build must never need the network.
  try {
    const localPart = TEAMS_SCHEMA_URL.exec(schemaUrl)?.[1];
    if (localPart === undefined) throw new Error('not a Teams schema URL');
    require.resolve(`@microsoft/app-manifest/build/${localPart}`);
  } catch {
    return [`$schema ${schemaUrl} is not bundled with @microsoft/app-manifest; refusing to download it`];
  }
  const schema = await AppManifestUtils.fetchSchema(schemaUrl);
  repairPatterns(schema);
  return AppManifestUtils.validateAgainstSchema(document, schema);
}

/**
 * Every published MicrosoftTeams.Localization.schema.json has two patternProperties keys with an
 * unescaped `]` (`…\b]\.description$`), which ajv rejects in unicode mode ("Lone quantifier
 * brackets"; MicrosoftDocs/msteams-docs#8858), so the library cannot validate a localization file as
 * shipped. Escaping a `]` that closes no character class leaves the meaning unchanged.
 */
function repairPatterns(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' && typeof value === 'object' && value !== null) {
      const fixed = Object.fromEntries(Object.entries(value).map(([pattern, sub]) => [escapeLoneBrackets(pattern), sub]));
      for (const pattern of Object.keys(value)) Reflect.deleteProperty(value, pattern);
      Object.assign(value, fixed);
    }
    repairPatterns(value);
  }
}

/** Escapes each `]` that is not the end of a `[...]` character class. */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (char === '[') {
      inClass = true;
      out += char;
    } else if (char === ']' && !inClass) {
      out += '\\]';
    } else {
      if (char === ']') inClass = false;
      out += char ?? '';
    }
  }
  return out;
}

function checkLocalizedKeys(manifest: Record<string, unknown>, localization: Record<string, unknown>): string[] {
  return Object.entries(localization)
    .filter(([key]) => key !== '$schema' && key !== 'localizationKeys')
    .flatMap(([key, value]) => [
      ...(typeof value === 'string' && value.trim() !== '' ? [] : [`${key} is empty`]),
      ...(typeof valueAtPath(manifest, key) === 'string' ? [] : [`${key} has no string counterpart in manifest.json`]),
    ]);
}

function checkLocalizationInfo(manifest: Record<string, unknown>): string[] {
  const listed = valueAtPath(manifest, 'localizationInfo.additionalLanguages');
  const files = Array.isArray(listed) ? listed.map((entry: unknown) => valueAtPath(entry, 'file')) : [];
  const packaged: readonly unknown[] = PACKAGE_FILES;
  return files.filter((file) => !packaged.includes(file)).map((file) => `localization file ${String(file)} is not in the package`);
}

/** Checks the PNG signature and that the IHDR chunk says size×size, as Teams requires of the icons. */
function checkPng(content: Buffer | undefined, size: number): string[] {
  const signature = '89504e470d0a1a0a';
  if (!content || content.length < 24 || content.subarray(0, 8).toString('hex') !== signature) return ['not a PNG file'];
  const [width, height] = [content.readUInt32BE(16), content.readUInt32BE(20)];
  return width === size && height === size ? [] : [`is ${width}x${height}, must be ${size}x${size}`];
}

async function writeZip(contents: ReadonlyMap<string, Buffer>, outputDir: string, envName: string): Promise<string> {
  const zip = new JSZip();
  for (const file of PACKAGE_FILES) zip.file(file, contents.get(file) ?? Buffer.alloc(0), { date: ZIP_DATE });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  await fs.mkdir(outputDir, { recursive: true });
  const zipPath = path.join(outputDir, `appPackage.${envName}.zip`);
  await fs.writeFile(zipPath, bytes);
  return zipPath;
}

async function main(): Promise<void> {
  const envName = process.env['CASEBRIDGE_ENV'] || 'local';
  const result = await buildAppPackage({ variables: variablesFromEnv(process.env), envName });
  for (const [file, problems] of Object.entries(result.errors)) {
    for (const problem of problems) console.error(`${file}: ${problem}`);
  }
  if (result.zipPath === null) {
    console.error('The app package is not valid; no zip was written.');
    process.exitCode = 1;
    return;
  }
  if (envName === 'local') console.warn('Local mode: ids not set in the environment are placeholders; do not upload to a real tenant.');
  console.log(`Wrote ${path.relative(process.cwd(), result.zipPath)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
