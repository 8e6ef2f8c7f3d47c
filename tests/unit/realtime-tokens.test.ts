/** Visitor tokens, agent tickets, the site's signed identity and the Origin check (table tests). */
import { ChatTokens, identityIsSigned, signIdentity } from '../../bot/src/realtime/tokens';
import { originAllowed } from '../../bot/src/realtime/chat-socket';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { allows, loadOrCreateKey } from '../../bot/src/realtime/hub-token';
import { memoryTicketClaims } from '../../bot/src/realtime/ticket-claims';
import type { ChatSite } from '../../bot/src/domain/sessions/session';

const visitor = { tenantId: 'T', siteId: 'web', sessionId: 's1', visitorId: 'v1' };

describe('visitor tokens and tickets', () => {
  it('round-trips a visitor token and refuses it after tokenHours', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const tokens = new ChatTokens('a'.repeat(40), 2, () => now);
    const token = await tokens.visitorToken(visitor);
    expect(await tokens.verifyVisitor(token)).toEqual(visitor);
    now = new Date('2026-01-01T02:00:10Z');
    expect(await tokens.verifyVisitor(token)).toBeNull();
  });

  it('refuses another key, a ticket as a visitor token, and a visitor token as a ticket', async () => {
    const tokens = new ChatTokens('a'.repeat(40), 2);
    const other = new ChatTokens('b'.repeat(40), 2);
    expect(await tokens.verifyVisitor(await other.visitorToken(visitor))).toBeNull();
    const { ticket } = await tokens.ticket('T', 'u1');
    expect(await tokens.verifyTicket(ticket)).toEqual({ tenantId: 'T', userId: 'u1', jti: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await tokens.verifyVisitor(ticket)).toBeNull();
    expect(await tokens.verifyTicket(await tokens.visitorToken(visitor))).toBeNull();
  });

  it('lets a ticket live 60 seconds', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const tokens = new ChatTokens('a'.repeat(40), 2, () => now);
    const { ticket, expiresAt } = await tokens.ticket('T', 'u1');
    expect(expiresAt).toBe('2026-01-01T00:01:00.000Z');
    now = new Date('2026-01-01T00:01:01Z');
    expect(await tokens.verifyTicket(ticket)).toBeNull();
  });
});

describe('signed identity', () => {
  const secret = 'i'.repeat(40);
  const id = { userId: 'u1', email: 'ann@example.com' };
  it.each([
    ['the right signature', signIdentity(secret, 'u1', 'ann@example.com'), secret, true],
    ['another key', signIdentity('x'.repeat(40), 'u1', 'ann@example.com'), secret, false],
    ['another e-mail', signIdentity(secret, 'u1', 'bob@example.com'), secret, false],
    ['a site without a secret', signIdentity(secret, 'u1', 'ann@example.com'), null, false],
    ['a short signature', 'ab', secret, false],
  ])('%s', (_name, signature, siteSecret, expected) => {
    expect(identityIsSigned(siteSecret, { ...id, signature })).toBe(expected);
  });
});

describe('Origin', () => {
  const site: Pick<ChatSite, 'allowedOrigins'> = { allowedOrigins: ['https://shop.example', 'http://127.0.0.1:3978'] };
  it.each([
    ['https://shop.example', true],
    ['https://SHOP.example', true],
    ['https://shop.example:443', true],
    ['http://shop.example', false],
    ['https://shop.example.evil.example', false],
    ['http://127.0.0.1:3978', true],
    ['http://127.0.0.1:3979', false],
    ['null', false],
    [undefined, false],
  ])('%s → %s', (origin, expected) => {
    expect(originAllowed({ ...baseSite, ...site }, origin)).toBe(expected);
  });
});

describe('hub roles', () => {
  it.each([
    [['webpubsub.joinLeaveGroup'], 'g', true],
    [['webpubsub.joinLeaveGroup.g'], 'g', true],
    [['webpubsub.joinLeaveGroup.h'], 'g', false],
    [['webpubsub.sendToGroup'], 'g', false],
  ])('%j on %s → %s', (roles, group, expected) => {
    expect(allows(roles, 'webpubsub.joinLeaveGroup', group)).toBe(expected);
  });
});

const baseSite: ChatSite = {
  id: 'web', tenantId: 'T', name: 'Web', teamId: 't', recordType: 'case', allowedOrigins: ['https://x.example'], language: 'en', openingHours: null, agentCapacity: 3, identitySecret: null,
};

describe('single-use tickets', () => {
  it('gives each ticket its own id, claimed once', async () => {
    const tokens = new ChatTokens('a'.repeat(40), 2);
    const one = await tokens.verifyTicket((await tokens.ticket('T', 'u1')).ticket);
    const two = await tokens.verifyTicket((await tokens.ticket('T', 'u1')).ticket);
    expect(one?.jti).toBeDefined();
    expect(one?.jti).not.toBe(two?.jti);
    const claim = memoryTicketClaims();
    expect(await claim(one?.jti ?? '')).toBe(true);
    expect(await claim(one?.jti ?? '')).toBe(false);
    expect(await claim(two?.jti ?? '')).toBe(true);
  });
});

describe('keys in the data directory', () => {
  it('gives processes that create the key at the same time one and the same key', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'casebridge-key-'));
    try {
      const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKey(dir, 'key.txt')));
      expect(new Set(keys).size).toBe(1);
      expect((await readFile(path.join(dir, 'key.txt'), 'utf8')).trim()).toBe(keys[0]);
      expect(await loadOrCreateKey(dir, 'key.txt')).toBe(keys[0]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
