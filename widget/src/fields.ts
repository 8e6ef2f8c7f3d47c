/** Labelled form fields with their error line (aria-invalid, aria-describedby), and the checks the server repeats. */
import { h, uid } from './dom';

export interface Field {
  wrap: HTMLDivElement;
  control: HTMLInputElement | HTMLTextAreaElement;
  label: HTMLLabelElement;
  /** "(optional)" after the label, when the field is optional. */
  optional: HTMLSpanElement | null;
  error: HTMLParagraphElement;
}

/** A field: `textarea` for messages, else an input of `type`. */
export function field(kind: 'input' | 'textarea', options: { type?: string; autocomplete?: string; optional?: boolean; maxLength?: number }): Field {
  const id = uid('f');
  const control = kind === 'textarea'
    ? h('textarea', { id, rows: '4' })
    : h('input', { id, type: options.type ?? 'text', autocomplete: options.autocomplete, spellcheck: options.type === 'email' ? 'false' : undefined });
  if (options.maxLength !== undefined) control.maxLength = options.maxLength;
  if (!options.optional) control.required = true;
  const optional = options.optional ? h('span', { class: 'opt' }) : null;
  const label = h('label', { for: id });
  const error = h('p', { class: 'err', id: `${id}-err`, hidden: true });
  const wrap = h('div', { class: 'field' }, label, control, error);
  return { wrap, control, label, optional, error };
}

/** Sets the field's label text (and its "(optional)"). */
export function labelField(f: Field, text: string, optionalText: string): void {
  f.label.textContent = text;
  if (f.optional) {
    f.optional.textContent = ` ${optionalText}`;
    f.label.append(f.optional);
  }
}

/** Shows or clears the field's error. */
export function setFieldError(f: Field, message: string | null): void {
  f.error.textContent = message ?? '';
  f.error.hidden = message === null;
  const describedBy = (f.control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '' && id !== f.error.id);
  if (message !== null) describedBy.push(f.error.id);
  if (describedBy.length > 0) f.control.setAttribute('aria-describedby', describedBy.join(' '));
  else f.control.removeAttribute('aria-describedby');
  if (message === null) f.control.removeAttribute('aria-invalid');
  else f.control.setAttribute('aria-invalid', 'true');
}

/** The protocol's own e-mail rule is zod's; this is the usual shape check before sending. */
export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** UTF-8 bytes of a frame as JSON (the server's maxPayload counts bytes). */
export function frameBytes(frame: object): number {
  return new TextEncoder().encode(JSON.stringify(frame)).length;
}
