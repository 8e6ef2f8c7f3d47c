/**
 * The ALTCHA proof of work (altcha-lib v2, SHA-256, deterministic mode): the server picks a
 * secret counter, signs the challenge (and the derived key) with its HMAC keys and binds it to
 * the form; the browser counts up until it finds the key, which costs it some tenths of a second
 * and a bot farm real CPU per submission. Verification is one HMAC; a solved challenge is spent
 * in the UsedTokenStore, so replaying it is refused.
 *
 * altcha-lib is an ES module with a CommonJS build: Casebridge is CommonJS, so the library is
 * loaded with require() and typed from its ESM declarations.
 */
import { z } from 'zod';
import type { Challenge } from 'altcha-lib' with { 'resolution-mode': 'import' };
import type { UsedTokenStore } from './used-token-store';

type AltchaLib = typeof import('altcha-lib', { with: { 'resolution-mode': 'import' } });
type AltchaSha = typeof import('altcha-lib/algorithms/sha', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha: AltchaLib = require('altcha-lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sha: AltchaSha = require('altcha-lib/algorithms/sha');

export type { Challenge };

export interface ProofOfWorkSettings {
  /** HMAC key for challenge signatures. */
  secret: string;
  /** The secret counter is drawn from [minCounter, maxCounter]; the browser tries that many keys. */
  minCounter: number;
  maxCounter: number;
  /** How long a challenge may be solved and submitted. */
  ttlMs: number;
}

/** Why a proof was refused. */
export type ProofProblem = 'invalid' | 'replayed';

const Payload = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      keySignature: z.string().optional(),
      expiresAt: z.number().optional(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
    signature: z.string(),
  }),
  solution: z.object({ counter: z.number(), derivedKey: z.string(), time: z.number().optional() }),
});

const keySecretOf = (secret: string): string => `${secret}:key`;

/** A fresh challenge for the form `formId`. */
export async function createFormChallenge(settings: ProofOfWorkSettings, formId: string, nowMs: number): Promise<Challenge> {
  return altcha.createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: altcha.randomInt(settings.maxCounter, settings.minCounter),
    deriveKey: sha.deriveKey,
    data: { form: formId },
    expiresAt: Math.floor((nowMs + settings.ttlMs) / 1000),
    hmacSignatureSecret: settings.secret,
    hmacKeySignatureSecret: keySecretOf(settings.secret),
  });
}

/**
 * Checks the form's `altcha` field (base64 JSON `{ challenge, solution }`) and spends the
 * challenge: null when it is good, else why not.
 */
export async function verifyFormProof(settings: ProofOfWorkSettings, store: UsedTokenStore, field: string, formId: string): Promise<ProofProblem | null> {
  let payload: z.infer<typeof Payload>;
  try {
    payload = Payload.parse(JSON.parse(Buffer.from(field, 'base64').toString('utf8')));
  } catch {
    return 'invalid';
  }
  const { challenge, solution } = payload;
  if (challenge.parameters.algorithm !== 'SHA-256' || challenge.parameters.data?.form !== formId) return 'invalid';
  const result = await altcha.verifySolution({
    challenge,
    solution,
    deriveKey: sha.deriveKey,
    hmacSignatureSecret: settings.secret,
    hmacKeySignatureSecret: keySecretOf(settings.secret),
  });
  if (!result.verified) return 'invalid';
  const expiresAt = (challenge.parameters.expiresAt ?? 0) * 1000 || Date.now() + settings.ttlMs;
  return (await store.claim(`altcha:${challenge.signature}`, expiresAt)) ? null : 'replayed';
}
