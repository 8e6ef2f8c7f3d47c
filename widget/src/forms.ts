/**
 * Reading the widget's forms: the values, checked as the protocol checks them (chat-protocol.ts:
 * a message of at most 2000 characters, a left message of at most 5000, an e-mail address, a frame
 * within the server's payload limit), or null after the problems are shown on their fields and
 * focus is on the first.
 */
import { frameBytes, looksLikeEmail, setFieldError, type Field } from './fields';
import type { MessageKey } from './i18n';
import type { FormParts } from './view';

export const MAX_TEXT = 2000;
export const MAX_LEFT_TEXT = 5000;
/** CHAT_MAX_PAYLOAD_BYTES' default: a frame over it would be refused by the server. */
export const MAX_FRAME_BYTES = 8192;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function textProblem(text: string, max: number, t: Translate): string | null {
  if (text === '') return t('chatwidget.error.message');
  return text.length > max ? t('chatwidget.error.tooLong', { max }) : null;
}

/** Shows each field's problem (or clears it); focuses the first wrong field. True when all are right. */
function check(problems: Array<[Field, string | null]>): boolean {
  for (const [field, problem] of problems) setFieldError(field, problem);
  const first = problems.find(([, problem]) => problem !== null);
  first?.[0].control.focus();
  return first === undefined;
}

const value = (field: Field) => field.control.value.trim();

/** The pre-chat form: name and e-mail optional (and left out when the site identified the visitor). */
export function readStart(form: FormParts, identified: boolean, t: Translate): { name: string | undefined; email: string | undefined; text: string } | null {
  const name = identified ? '' : value(form.name);
  const email = identified ? '' : value(form.email);
  const text = value(form.message);
  const ok = check([
    [form.name, null],
    [form.email, email !== '' && !looksLikeEmail(email) ? t('chatwidget.error.email') : null],
    [form.message, textProblem(text, MAX_TEXT, t)],
  ]);
  return ok ? { name: name || undefined, email: email || undefined, text } : null;
}

/** The leave-a-message form: everything required. */
export function readLeave(form: FormParts, t: Translate): { name: string; email: string; text: string } | null {
  const name = value(form.name);
  const email = value(form.email);
  const text = value(form.message);
  const ok = check([
    [form.name, name === '' ? t('chatwidget.error.name') : null],
    [form.email, !looksLikeEmail(email) ? t('chatwidget.error.email') : null],
    [form.message, textProblem(text, MAX_LEFT_TEXT, t)],
  ]);
  return ok ? { name, email, text } : null;
}

/** The composer: an empty message is no message (null, nothing shown). */
export function readMessage(field: Field, t: Translate): string | null {
  const text = value(field);
  if (text === '') return null;
  const problem = textProblem(text, MAX_TEXT, t);
  setFieldError(field, problem);
  return problem === null ? text : null;
}

/** True when the frame is over the server's payload limit. */
export function oversize(frame: object): boolean {
  return frameBytes(frame) > MAX_FRAME_BYTES;
}
