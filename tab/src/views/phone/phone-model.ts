/** The register-call dialog's model (H1): what the agent entered, checked, as the request body. */
import type { PersonMatch, PhoneCallRequest } from '../../api/types';

export const LIMITS = { name: 200, subject: 200, notes: 20_000 } as const;

/** The service's pattern for a phone number (bot/src/http/conversation-schemas.ts). */
const PHONE = /^\+?[0-9 ()./-]{4,30}$/;
const EMAIL = /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/;

export interface NewCaller {
  name: string;
  email: string;
  phone: string;
}

export interface CallDraft {
  mode: 'find' | 'new';
  person: PersonMatch | null;
  caller: NewCaller;
  subject: string;
  notes: string;
}

export type CallIssue = 'person' | 'name' | 'contact' | 'email' | 'phone' | 'subject';

/** What keeps the call from being registered, by field. */
export function callIssues(draft: CallDraft): Set<CallIssue> {
  const issues = new Set<CallIssue>();
  if (draft.mode === 'find') {
    if (draft.person === null) issues.add('person');
  } else {
    const { name, email, phone } = draft.caller;
    if (name.trim() === '' || name.trim().length > LIMITS.name) issues.add('name');
    if (email.trim() === '' && phone.trim() === '') issues.add('contact');
    if (email.trim() !== '' && (!EMAIL.test(email.trim()) || email.trim().length > 254)) issues.add('email');
    if (phone.trim() !== '' && !PHONE.test(phone.trim())) issues.add('phone');
  }
  if (draft.subject.trim() === '' || draft.subject.trim().length > LIMITS.subject) issues.add('subject');
  return issues;
}

/** The body of `POST /api/intake/phone` (only for a draft without issues). */
export function callRequest(draft: CallDraft): PhoneCallRequest {
  const base = { subject: draft.subject.trim(), notes: draft.notes.trim(), type: 'case' };
  if (draft.mode === 'find' && draft.person !== null) return { ...base, personId: draft.person.id };
  const email = draft.caller.email.trim();
  const phone = draft.caller.phone.trim();
  return {
    ...base,
    caller: { name: draft.caller.name.trim(), ...(email === '' ? {} : { email }), ...(phone === '' ? {} : { phone }) },
  };
}
