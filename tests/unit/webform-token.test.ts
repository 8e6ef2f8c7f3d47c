/** The web form's signed minimum-fill-time token and its honeypot (issue 11, web form). */
import { checkFormToken, issueFormToken, type FormTokenProblem } from '../../bot/src/webform/form-token';
import { honeypotFilled, HONEYPOT_FIELD } from '../../bot/src/webform/honeypot';

const SECRET = 'unit-test-secret-0123456789';
const FORM = 'tenant-1/case';
const T0 = 1_800_000_000_000;
const timing = { minAgeMs: 3_000, maxAgeMs: 2 * 60 * 60 * 1000 };

function tamper(token: string, edit: (payload: Record<string, unknown>) => void): string {
  const [body = '', signature = ''] = token.split('.');
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  edit(payload);
  return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('fill-time token', () => {
  const token = issueFormToken(SECRET, FORM, T0);

  const cases: [string, () => string, string, number, FormTokenProblem | null][] = [
    ['accepted after the minimum fill time', () => token, FORM, T0 + 3_000, null],
    ['accepted just before it expires', () => token, FORM, T0 + timing.maxAgeMs, null],
    ['too young right after the page was served', () => token, FORM, T0 + 10, 'too-young'],
    ['too young a moment before the minimum', () => token, FORM, T0 + 2_999, 'too-young'],
    ['expired after two hours', () => token, FORM, T0 + timing.maxAgeMs + 1, 'expired'],
    ['forged: signed with another secret', () => issueFormToken('another-secret-0123456789', FORM, T0), FORM, T0 + 5_000, 'forged'],
    ['forged: issue time moved back', () => tamper(token, (p) => (p.t = T0 - 60_000)), FORM, T0 + 1_000, 'forged'],
    ['forged: another form', () => token, 'tenant-2/case', T0 + 5_000, 'forged'],
    ['forged: form id edited', () => tamper(token, (p) => (p.f = 'tenant-2/case')), 'tenant-2/case', T0 + 5_000, 'forged'],
    ['forged: empty', () => '', FORM, T0 + 5_000, 'forged'],
    ['forged: no signature', () => token.split('.')[0] ?? '', FORM, T0 + 5_000, 'forged'],
    ['forged: extra part', () => `${token}.x`, FORM, T0 + 5_000, 'forged'],
    ['forged: garbage', () => 'not a token at all', FORM, T0 + 5_000, 'forged'],
    ['forged: truncated signature', () => token.slice(0, -3), FORM, T0 + 5_000, 'forged'],
  ];

  test.each(cases)('%s', (_name, make, formId, now, expected) => {
    expect(checkFormToken(SECRET, make(), formId, now, timing)).toBe(expected);
  });

  test('each token is different (a nonce), even at the same instant', () => {
    expect(issueFormToken(SECRET, FORM, T0)).not.toBe(issueFormToken(SECRET, FORM, T0));
  });
});

describe('honeypot', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['absent', { name: 'Ann' }, false],
    ['empty', { [HONEYPOT_FIELD]: '' }, false],
    ['filled with a URL', { [HONEYPOT_FIELD]: 'https://spam.example' }, true],
    ['filled with a space', { [HONEYPOT_FIELD]: ' ' }, true],
  ];
  test.each(cases)('%s', (_name, fields, expected) => {
    expect(honeypotFilled(new Map(Object.entries(fields)))).toBe(expected);
  });
});
