/**
 * The local-mode default of WEBFORM_SECRET: a random key generated once and kept in the data
 * directory (`webform-secret.txt`, mode 0600), so tokens and challenges survive a restart. Azure
 * mode must set WEBFORM_SECRET (a Key Vault reference), the same on every instance.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Reads the secret from `<dataDir>/webform-secret.txt`, creating it the first time. */
export async function loadOrCreateLocalWebFormSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'webform-secret.txt');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet
  }
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
