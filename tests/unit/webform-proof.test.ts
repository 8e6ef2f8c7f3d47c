/** The web form's ALTCHA proof of work, its replay store, and its field validation (issue 11). */
import { createFormChallenge, verifyFormProof, type Challenge } from '../../bot/src/webform/proof-of-work';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { LimiterUsedTokenStore, MemoryUsedTokenStore } from '../../bot/src/webform/used-token-store';
import { validateForm, type FormValues } from '../../bot/src/webform/form-fields';

type AltchaLib = typeof import('altcha-lib', { with: { 'resolution-mode': 'import' } });
type AltchaSha = typeof import('altcha-lib/algorithms/sha', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha: AltchaLib = require('altcha-lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sha: AltchaSha = require('altcha-lib/algorithms/sha');

const settings = { secret: 'pow-secret-0123456789abcdef', minCounter: 50, maxCounter: 300, ttlMs: 60_000 };
const FORM = 'tenant-1/case';

async function solved(challenge: Challenge): Promise<string> {
  const solution = await altcha.solveChallenge({ challenge, deriveKey: sha.deriveKey });
  if (!solution) throw new Error('unsolved');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

describe('ALTCHA proof of work', () => {
  test('a solved challenge is accepted once; the replay is refused', async () => {
    const store = new MemoryUsedTokenStore();
    const field = await solved(await createFormChallenge(settings, FORM, Date.now()));
    expect(await verifyFormProof(settings, store, field, FORM)).toBeNull();
    expect(await verifyFormProof(settings, store, field, FORM)).toBe('replayed');
  });

  const refusals: [string, (challenge: Challenge) => Promise<string>][] = [
    ['missing', async () => ''],
    ['not JSON', async () => Buffer.from('{nope').toString('base64')],
    ['wrong answer', async (c) => Buffer.from(JSON.stringify({ challenge: c, solution: { counter: 1, derivedKey: 'ab'.repeat(32) } })).toString('base64')],
    ['signed with another key', async () => solved(await createFormChallenge({ ...settings, secret: 'another-secret-0123456789' }, FORM, Date.now()))],
    ['for another form', async () => solved(await createFormChallenge(settings, 'tenant-2/case', Date.now()))],
    ['expired', async () => solved(await createFormChallenge(settings, FORM, Date.now() - 120_000))],
    [
      'challenge edited (easier prefix)',
      async (c) => {
        const edited: Challenge = { ...c, parameters: { ...c.parameters, keyPrefix: '0' } };
        return solved(edited);
      },
    ],
  ];
  test.each(refusals)('refused: %s', async (_name, make) => {
    const field = await make(await createFormChallenge(settings, FORM, Date.now()));
    expect(await verifyFormProof(settings, new MemoryUsedTokenStore(), field, FORM)).toBe('invalid');
  });

  test('the used-token store forgets ids once they expire', async () => {
    let now = 1_000;
    const store = new MemoryUsedTokenStore(() => now);
    expect(await store.claim('a', 2_000)).toBe(true);
    expect(await store.claim('a', 2_000)).toBe(false);
    now = 2_001;
    expect(await store.claim('a', 3_000)).toBe(true);
  });
});

test('the limiter-backed store lets each id be claimed once, and needs points: 1', async () => {
  const store = new LimiterUsedTokenStore(new RateLimiterMemory({ keyPrefix: 'used', points: 1, duration: 60 }));
  expect([await store.claim('a'), await store.claim('a'), await store.claim('b')]).toEqual([true, false, true]);
  expect(() => new LimiterUsedTokenStore(new RateLimiterMemory({ points: 2, duration: 60 }))).toThrow('points: 1');
});

describe('field validation', () => {
  const good: FormValues = { name: 'Ann Lee', email: 'ann@example.com', subject: 'Printer', message: 'It is on fire.' };
  const cases: [string, Partial<FormValues>, string[]][] = [
    ['all good', {}, []],
    ['name missing', { name: '   ' }, ['name:webform.error.required']],
    ['name 201 characters', { name: 'x'.repeat(201) }, ['name:webform.error.tooLong']],
    ['subject 200 characters is fine', { subject: 'x'.repeat(200) }, []],
    ['bad e-mail', { email: 'ann at example' }, ['email:webform.error.email']],
    ['message over 20 000', { message: 'x'.repeat(20_001) }, ['message:webform.error.tooLong']],
    ['everything missing', { name: '', email: '', subject: '', message: '' }, ['name:webform.error.required', 'email:webform.error.required', 'subject:webform.error.required', 'message:webform.error.required']],
  ];
  test.each(cases)('%s', (_name, change, expected) => {
    const result = validateForm({ ...good, ...change }, null);
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}:${e.messageKey}`)).toEqual(expected);
  });

  const files: [string, string, number, string | null][] = [
    ['a PDF', 'report.PDF', 10, 'application/pdf'],
    ['a PNG (declared type ignored)', 'shot.png', 10, 'image/png'],
    ['an executable', 'setup.exe', 10, 'webform.error.fileType'],
    ['an HTML file', 'page.html', 10, 'webform.error.fileType'],
    ['no extension', 'README', 10, 'webform.error.fileType'],
    ['over 5 MB', 'big.pdf', 5 * 1024 * 1024 + 1, 'webform.error.fileSize'],
  ];
  test.each(files)('attachment: %s', (_name, filename, size, expected) => {
    const result = validateForm(good, { filename, contentType: 'text/html', content: Buffer.alloc(size) });
    expect(result.ok ? result.attachment?.contentType : result.errors[0]?.messageKey).toBe(expected);
  });
});
