/**
 * The web form's HTML, rendered on the server in the page's language: the form (with what the
 * person typed and the field errors after a failed round trip), the thank-you page and a plain
 * message page. No inline script or style: the page loads /webform/assets/webform.{css,js}.
 *
 * Accessibility: every control has a label; the two groups are fieldsets with legends; errors are
 * listed in a summary that takes focus (autofocus, and the script) and linked to their fields,
 * which carry aria-invalid and aria-describedby; the proof-of-work status is an aria-live region;
 * the layout is one column that fits 320 px.
 */
import type { Locale } from '../domain/shared/types';
import { t, type MessageKey } from '../i18n/catalog';
import type { FieldError, FieldName, FormValues } from './form-fields';
import { HONEYPOT_FIELD } from './honeypot';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const ASSET_BASE = '/webform/assets';

function layout(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${ASSET_BASE}/webform.css">
</head>
<body>
<main class="wf">
${body}
</main>
</body>
</html>
`;
}

export interface FormPageModel {
  locale: Locale;
  action: string;
  token: string;
  /** The ALTCHA challenge as JSON, for the browser's solver. */
  challengeJson: string;
  values: FormValues;
  errors: FieldError[];
  /** A form-level problem (token, proof of work, rate limit). */
  problem?: string | undefined;
}

const LABEL_KEY: Record<FieldName, MessageKey> = {
  name: 'webform.field.name',
  email: 'webform.field.email',
  subject: 'webform.field.subject',
  message: 'webform.field.message',
  attachment: 'webform.field.attachment',
};

/** A field error in words: `{field}` is the field's label in lower case (mid-sentence), `{Field}` as labelled. */
export function errorText(locale: Locale, error: FieldError): string {
  const label = t(locale, LABEL_KEY[error.field]);
  return t(locale, error.messageKey, { ...error.params, field: label.toLowerCase(), Field: label });
}

function field(model: FormPageModel, name: Exclude<FieldName, 'attachment'>, control: 'input' | 'textarea', attributes: string, hint?: MessageKey): string {
  const { locale } = model;
  const error = model.errors.find((e) => e.field === name);
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const common = `id="${name}" name="${name}" ${attributes}${describedBy ? ` aria-describedby="${describedBy}"` : ''}${error ? ' aria-invalid="true"' : ''}`;
  const value = model.values[name];
  const widget = control === 'textarea' ? `<textarea ${common} rows="8">${escapeHtml(value)}</textarea>` : `<input ${common} value="${escapeHtml(value)}">`;
  return `<div class="wf-field${error ? ' wf-field--error' : ''}">
<label for="${name}">${escapeHtml(t(locale, LABEL_KEY[name]))}</label>
${hint ? `<p class="wf-hint" id="${name}-hint">${escapeHtml(t(locale, hint))}</p>` : ''}
${error ? `<p class="wf-error" id="${name}-error">${escapeHtml(errorText(locale, error))}</p>` : ''}
${widget}
</div>`;
}

function attachmentField(model: FormPageModel, accept: string): string {
  const { locale } = model;
  const error = model.errors.find((e) => e.field === 'attachment');
  return `<div class="wf-field${error ? ' wf-field--error' : ''}">
<label for="attachment">${escapeHtml(t(locale, 'webform.field.attachment'))}</label>
<p class="wf-hint" id="attachment-hint">${escapeHtml(t(locale, 'webform.field.attachment.hint'))}</p>
${error ? `<p class="wf-error" id="attachment-error">${escapeHtml(errorText(locale, error))}</p>` : ''}
<input type="file" id="attachment" name="attachment" accept="${escapeHtml(accept)}" aria-describedby="attachment-hint${error ? ' attachment-error' : ''}"${error ? ' aria-invalid="true"' : ''}>
</div>`;
}

function errorSummary(model: FormPageModel): string {
  const { locale } = model;
  const items = [
    ...(model.problem ? [`<li>${escapeHtml(model.problem)}</li>`] : []),
    ...model.errors.map((e) => `<li><a href="#${e.field}">${escapeHtml(errorText(locale, e))}</a></li>`),
  ];
  if (items.length === 0) return '';
  return `<div class="wf-summary" id="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${escapeHtml(t(locale, 'webform.errorSummary'))}</h2>
<ul>${items.join('')}</ul>
</div>`;
}

/** The form page. `accept` lists the allowed attachment extensions (`.pdf,.png,…`). */
export function renderFormPage(model: FormPageModel, accept: string): string {
  const { locale } = model;
  const body = `<h1>${escapeHtml(t(locale, 'webform.title'))}</h1>
<p>${escapeHtml(t(locale, 'webform.intro'))}</p>
${errorSummary(model)}
<noscript><p class="wf-noscript">${escapeHtml(t(locale, 'webform.noscript'))}</p></noscript>
<form id="webform" method="post" action="${escapeHtml(model.action)}" enctype="multipart/form-data" novalidate
 data-working="${escapeHtml(t(locale, 'webform.pow.working'))}" data-done="${escapeHtml(t(locale, 'webform.pow.done'))}" data-failed="${escapeHtml(t(locale, 'webform.pow.failed'))}">
<p class="wf-hint">${escapeHtml(t(locale, 'webform.requiredNote'))}</p>
<fieldset>
<legend>${escapeHtml(t(locale, 'webform.legend.you'))}</legend>
${field(model, 'name', 'input', 'type="text" autocomplete="name" required maxlength="200"')}
${field(model, 'email', 'input', 'type="email" autocomplete="email" spellcheck="false" required maxlength="254"', 'webform.field.email.hint')}
</fieldset>
<fieldset>
<legend>${escapeHtml(t(locale, 'webform.legend.request'))}</legend>
${field(model, 'subject', 'input', 'type="text" required maxlength="200"')}
${field(model, 'message', 'textarea', 'required maxlength="20000"')}
${attachmentField(model, accept)}
</fieldset>
<div class="wf-hp" aria-hidden="true">
<label for="${HONEYPOT_FIELD}">${escapeHtml(t(locale, 'webform.field.honeypot'))}</label>
<input type="text" id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off">
</div>
<input type="hidden" name="started" value="${escapeHtml(model.token)}">
<input type="hidden" name="altcha" id="altcha" value="">
<div id="altcha-challenge" hidden data-challenge="${escapeHtml(model.challengeJson)}"></div>
<p class="wf-status" id="pow-status" role="status" aria-live="polite"></p>
<button type="submit" class="wf-submit">${escapeHtml(t(locale, 'webform.submit'))}</button>
</form>
<script type="module" src="${ASSET_BASE}/webform.js"></script>`;
  const title = model.errors.length > 0 || model.problem ? `${t(locale, 'webform.errorSummary')}: ${t(locale, 'webform.title')}` : t(locale, 'webform.title');
  return layout(locale, title, body);
}

/** The thank-you page; `again` links back to a fresh form. */
export function renderThanksPage(locale: Locale, again: string): string {
  return layout(
    locale,
    t(locale, 'webform.thanks.title'),
    `<h1 id="thanks">${escapeHtml(t(locale, 'webform.thanks.title'))}</h1>
<p>${escapeHtml(t(locale, 'webform.thanks.body'))}</p>
<p><a href="${escapeHtml(again)}">${escapeHtml(t(locale, 'webform.thanks.again'))}</a></p>`,
  );
}

/** A page with one message (not found, too large, too many requests, server error). */
export function renderMessagePage(locale: Locale, message: string): string {
  return layout(locale, message, `<h1>${escapeHtml(message)}</h1>`);
}
