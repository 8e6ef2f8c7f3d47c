/**
 * What mountWebForm needs from the composition root, and the defaults of its settings.
 */
import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { IntakePort } from '../domain/intake/intake-port';
import type { UsedTokenStore } from './used-token-store';

/** The form's limiters (per address, per e-mail, spent proofs), each built by the factory on the shared store. */
export type WebFormLimiterName = 'webform-view' | 'webform-ip' | 'webform-email' | 'webform-used';

export interface WebFormOptions {
  intake: Pick<IntakePort, 'acceptWebForm'>;
  /** Whether the tenant has a form for the record type (a type that takes intake). */
  formExists(tenantId: string, recordType: string): Promise<boolean>;
  /** WEBFORM_SECRET: the HMAC key of the fill-time tokens and ALTCHA challenges (sub-keys are derived). */
  secret: string;
  /** Spent ALTCHA challenges, shared by every instance; default a LimiterUsedTokenStore on `limiter('webform-used', 1, maxFillSeconds)`. */
  usedTokens?: UsedTokenStore | undefined;
  /** Builds a limiter (`points` per `durationSeconds`) on the shared store, e.g. CosmosRateLimiter. */
  limiter(name: WebFormLimiterName, points: number, durationSeconds: number): RateLimiterAbstract;
  /** Trust the last X-Forwarded-For entry (azure mode, behind App Service). */
  behindProxy: boolean;
  logger: Logger;
  /** WEBFORM_MIN_FILL_SECONDS, default 3. */
  minFillSeconds?: number | undefined;
  /** Default 2 hours: tokens and challenges older than this are refused. */
  maxFillSeconds?: number | undefined;
  /** Page views (GET) per client address per hour, default 300. */
  viewsPerIpPerHour?: number | undefined;
  /** WEBFORM_SUBMISSIONS_PER_IP_PER_HOUR, default 20. */
  perIpPerHour?: number | undefined;
  /** WEBFORM_SUBMISSIONS_PER_EMAIL_PER_HOUR, default 5. */
  perEmailPerHour?: number | undefined;
  /** The ALTCHA secret counter range (the browser's work); defaults 5 000 – 50 000 SHA-256 rounds. */
  powMinCounter?: number | undefined;
  powMaxCounter?: number | undefined;
  now?: (() => number) | undefined;
}

/** The options with their defaults applied and the keys derived. */
export interface WebFormSettings {
  tokenKey: string;
  powKey: string;
  minFillMs: number;
  maxFillMs: number;
  viewsPerIpPerHour: number;
  perIpPerHour: number;
  perEmailPerHour: number;
  powMinCounter: number;
  powMaxCounter: number;
  now: () => number;
}

const derive = (secret: string, purpose: string): string => createHmac('sha256', secret).update(purpose).digest('base64url');

export function settingsOf(options: WebFormOptions): WebFormSettings {
  if (options.secret.length < 16) throw new Error('WEBFORM_SECRET must be at least 16 characters');
  return {
    tokenKey: derive(options.secret, 'webform-fill-token'),
    powKey: derive(options.secret, 'webform-altcha'),
    minFillMs: (options.minFillSeconds ?? 3) * 1000,
    maxFillMs: (options.maxFillSeconds ?? 2 * 60 * 60) * 1000,
    viewsPerIpPerHour: options.viewsPerIpPerHour ?? 300,
    perIpPerHour: options.perIpPerHour ?? 20,
    perEmailPerHour: options.perEmailPerHour ?? 5,
    powMinCounter: options.powMinCounter ?? 5_000,
    powMaxCounter: options.powMaxCounter ?? 50_000,
    now: options.now ?? Date.now,
  };
}
