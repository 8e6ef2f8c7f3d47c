/**
 * The public web form (issue 11): `GET /forms/{tenantId}/{recordType}` serves the page,
 * `POST` the same path takes it (multipart/form-data or urlencoded) and hands it to
 * IntakePort.acceptWebForm. Raw restify handlers, since the bodies are forms, not JSON.
 *
 * A POST passes, in order: the per-address limit, the size limits, the honeypot (filled: a
 * thank-you, nothing stored), the signed fill-time token, the fields, the ALTCHA proof (spent
 * once), the per-e-mail limit; then intake. Each refusal is a localized page (or problem JSON).
 */
import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { NotFoundError } from '../domain/shared/errors';
import type { Locale } from '../domain/shared/types';
import { clientAddress } from '../http/rate-limits';
import { resolveLocale, t, type MessageKey } from '../i18n/catalog';
import { FORM_SCRIPT, FORM_STYLE, loadSolverFiles } from './assets';
import { readFormBody, WebFormRequestError } from './form-body';
import { ALLOWED_ATTACHMENTS, validateForm, valuesOf, type FieldError, type FormValues } from './form-fields';
import { checkFormToken, issueFormToken } from './form-token';
import { honeypotFilled } from './honeypot';
import { settingsOf, type WebFormOptions } from './options';
import { ASSET_BASE, errorText, renderFormPage, renderMessagePage, renderThanksPage } from './page';
import { createFormChallenge, verifyFormProof } from './proof-of-work';
import { sendAsset, sendHtml, sendJson, sendProblemJson, wantsJson } from './responses';
import { LimiterUsedTokenStore } from './used-token-store';

export { webFormOpenApiPaths } from './openapi';
export type { WebFormOptions } from './options';

const ID = /^[A-Za-z0-9._-]{1,100}$/;
const ACCEPT = Object.keys(ALLOWED_ATTACHMENTS).map((e) => `.${e}`).join(',');
const EMPTY: FormValues = { name: '', email: '', subject: '', message: '' };

/** The page's language: `?lang=` when it names one we ship, else Accept-Language. */
function localeOf(req: Request): Locale {
  const lang = new URL(req.url ?? '/', 'http://form.invalid').searchParams.get('lang');
  if (lang === 'en' || lang === 'da' || lang === 'sv') return lang;
  return resolveLocale(req.headers['accept-language']);
}

function paramOf(req: Request, name: string): string | null {
  const params: unknown = req.params;
  const value: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, name) : undefined;
  return typeof value === 'string' && ID.test(value) ? value : null;
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly retryAfter?: number,
  ) {
    super(code);
  }
}

/** Mounts the form's routes and assets on the server. */
export function mountWebForm(server: Server, options: WebFormOptions): void {
  const settings = settingsOf(options);
  const { logger } = options;
  const viewLimiter = options.limiter('webform-view', settings.viewsPerIpPerHour, 3600);
  const ipLimiter = options.limiter('webform-ip', settings.perIpPerHour, 3600);
  const emailLimiter = options.limiter('webform-email', settings.perEmailPerHour, 3600);
  const usedTokens = options.usedTokens ?? new LimiterUsedTokenStore(options.limiter('webform-used', 1, Math.ceil(settings.maxFillMs / 1000)));
  const pow = () => ({ secret: settings.powKey, minCounter: settings.powMinCounter, maxCounter: settings.powMaxCounter, ttlMs: settings.maxFillMs });
  const solverFiles = loadSolverFiles();

  async function consume(limiter: typeof ipLimiter, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new Refusal(429, 'rate-limited', 'webform.error.rateLimited', { seconds }, seconds);
      }
      logger.warn({ err: rejection }, 'web form rate limit store unavailable');
    }
  }

  interface Form {
    tenantId: string;
    recordType: string;
    formId: string;
    locale: Locale;
    action: string;
  }

  async function formOf(req: Request): Promise<Form> {
    const tenantId = paramOf(req, 'tenantId');
    const recordType = paramOf(req, 'recordType');
    const locale = localeOf(req);
    if (!tenantId || !recordType || !(await options.formExists(tenantId, recordType))) throw new Refusal(404, 'not-found', 'webform.error.notFound');
    const action = `/forms/${encodeURIComponent(tenantId)}/${encodeURIComponent(recordType)}?lang=${locale}`;
    return { tenantId, recordType, formId: `${tenantId}/${recordType}`, locale, action };
  }

  /** `keepToken`: a round trip keeps the fill-time token it came with (its clock keeps running) unless it was bad. */
  async function showForm(res: Response, form: Form, status: number, values: FormValues, errors: FieldError[], problem?: string, keepToken?: string): Promise<void> {
    const now = settings.now();
    const token = keepToken ?? issueFormToken(settings.tokenKey, form.formId, now);
    const challenge = await createFormChallenge(pow(), form.formId, now);
    sendHtml(res, status, renderFormPage({ locale: form.locale, action: form.action, token, challengeJson: JSON.stringify(challenge), values, errors, problem }, ACCEPT));
  }

  function refuse(req: Request, res: Response, locale: Locale, refusal: Refusal): void {
    const message = t(locale, refusal.messageKey, refusal.params);
    const headers: Record<string, string | number> = refusal.retryAfter ? { 'retry-after': refusal.retryAfter } : {};
    if (refusal.status === 413) headers.connection = 'close';
    if (wantsJson(req.headers)) sendProblemJson(res, refusal.status, message, { code: refusal.code }, headers);
    else sendHtml(res, refusal.status, renderMessagePage(locale, message), headers);
  }

  const guarded = (fn: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await fn(req, res);
    } catch (error) {
      if (res.headersSent) return;
      const locale = localeOf(req);
      if (error instanceof Refusal) return refuse(req, res, locale, error);
      if (error instanceof WebFormRequestError) return refuse(req, res, locale, new Refusal(error.status, error.status === 413 ? 'too-large' : 'unsupported', error.messageKey));
      if (error instanceof NotFoundError) return refuse(req, res, locale, new Refusal(404, 'not-found', 'webform.error.notFound'));
      logger.error({ err: error }, 'web form request failed');
      refuse(req, res, locale, new Refusal(500, 'server-error', 'webform.error.server'));
    }
  };

  server.get(`${ASSET_BASE}/webform.js`, guarded(async (_req, res) => sendAsset(res, 'text/javascript; charset=utf-8', FORM_SCRIPT)));
  server.get(`${ASSET_BASE}/webform.css`, guarded(async (_req, res) => sendAsset(res, 'text/css; charset=utf-8', FORM_STYLE)));
  for (const file of ['pow.js', 'helpers.js', 'types.js', 'algorithms/web/sha.js']) {
    server.get(`${ASSET_BASE}/altcha/${file}`, guarded(async (_req, res) => sendAsset(res, 'text/javascript; charset=utf-8', (await solverFiles).get(file) ?? '')));
  }

  server.get('/forms/:tenantId/:recordType', guarded(async (req, res) => {
    await consume(viewLimiter, clientAddress(req, options.behindProxy));
    const form = await formOf(req);
    if (!wantsJson(req.headers)) return showForm(res, form, 200, EMPTY, []);
    const now = settings.now();
    sendJson(res, 200, { started: issueFormToken(settings.tokenKey, form.formId, now), challenge: await createFormChallenge(pow(), form.formId, now) });
  }));

  server.post('/forms/:tenantId/:recordType', guarded(async (req, res) => {
    await consume(ipLimiter, clientAddress(req, options.behindProxy));
    const form = await formOf(req);
    const json = wantsJson(req.headers);
    const body = await readFormBody(req);
    const values = valuesOf(body.fields);
    const thanks = (intakeId: string) =>
      json ? sendJson(res, 202, { intakeId }) : sendHtml(res, 200, renderThanksPage(form.locale, form.action));
    const started = body.fields.get('started') ?? '';
    const again = (status: number, code: string, errors: FieldError[], problem?: string, keepToken?: string) =>
      json
        ? sendProblemJson(res, status, problem ?? t(form.locale, 'webform.errorSummary'), {
            code,
            errors: errors.map((e) => ({ field: e.field, message: errorText(form.locale, e) })),
          })
        : showForm(res, form, status, values, errors, problem, keepToken);

    if (honeypotFilled(body.fields)) {
      logger.info({ form: form.formId }, 'web form honeypot filled; answered as accepted, nothing stored');
      return thanks(randomUUID());
    }
    const tokenProblem = checkFormToken(settings.tokenKey, started, form.formId, settings.now(), { minAgeMs: settings.minFillMs, maxAgeMs: settings.maxFillMs });
    if (tokenProblem) {
      const key: MessageKey = tokenProblem === 'too-young' ? 'webform.error.tooFast' : tokenProblem === 'expired' ? 'webform.error.expired' : 'webform.error.forged';
      return again(400, `token-${tokenProblem}`, [], t(form.locale, key), tokenProblem === 'too-young' ? started : undefined);
    }
    const checked = validateForm(values, body.file);
    if (!checked.ok) return again(422, 'validation', checked.errors, undefined, started);
    const proofProblem = await verifyFormProof(pow(), usedTokens, body.fields.get('altcha') ?? '', form.formId);
    if (proofProblem) return again(400, `pow-${proofProblem}`, [], t(form.locale, proofProblem === 'replayed' ? 'webform.error.replayed' : 'webform.error.pow'), started);
    await consume(emailLimiter, checked.values.email.toLowerCase());
    const { intakeId } = await options.intake.acceptWebForm({
      tenantId: form.tenantId,
      recordType: form.recordType,
      ...checked.values,
      attachment: checked.attachment ?? undefined,
      locale: form.locale,
    });
    logger.info({ form: form.formId, intakeId }, 'web form accepted');
    thanks(intakeId);
  }));
}
