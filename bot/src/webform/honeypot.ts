/**
 * The honeypot: a text field people never see (off screen, aria-hidden, out of the tab order,
 * autocomplete off) that form-filling bots fill in. A submission with anything in it gets the
 * usual thank-you, so the bot learns nothing, and is not stored.
 */

/** The field's name: one bots like to fill. */
export const HONEYPOT_FIELD = 'website';

/** True when the submission filled the honeypot (any value, even spaces). */
export function honeypotFilled(fields: ReadonlyMap<string, string>): boolean {
  return (fields.get(HONEYPOT_FIELD) ?? '') !== '';
}
