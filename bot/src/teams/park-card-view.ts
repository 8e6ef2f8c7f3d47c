/**
 * J6: draws the park card of one park for its reader (the delegator) from the item as it is now —
 * the case's number, title and status, or the session's customer — with the park's outcome: still
 * waiting (the "Pick up" button) or picked up (final). Shared by the posting (park-notices.ts) and the
 * button (park-card-actions.ts), so every copy says the same thing.
 */
import { goneParkCard, parkCard, parkCardSummary, type ParkCardData } from '../cards/park-card';
import type { AdaptiveCard } from '../cards/adaptive-card';
import type { DirectoryRepository } from '../domain/access/directory-repository';
import type { ParkMark } from '../domain/delegation/delegation';
import type { RecordRepository } from '../domain/records/record-repository';
import type { SessionRepository } from '../domain/sessions/ports';
import type { Locale } from '../domain/shared/types';
import { recordUrl } from '../http/presenters';
import { isMessageKey, t } from '../i18n/catalog';

export interface ParkCardViewDeps {
  records: Pick<RecordRepository, 'get'>;
  sessions: Pick<SessionRepository, 'get'>;
  directory: Pick<DirectoryRepository, 'getUsers'>;
  publicUrl: string;
}

/** One park as the card knows it: the item, the park's time, who parked it and for whom. */
export interface ParkCardSubject {
  tenantId: string;
  item: { kind: 'record' | 'session'; id: string };
  at: string;
  byUserId: string;
  forUserId: string;
}

/** The card and its summary line; `pending` false once the park is over (picked up, or a newer park). */
export interface RenderedParkCard {
  card: AdaptiveCard;
  summary: string;
  pending: boolean;
}

/** Whether the item still carries this park. */
export function stillParked(parked: ParkMark | null | undefined, at: string): boolean {
  return parked?.at === at;
}

export class ParkCardView {
  constructor(private readonly deps: ParkCardViewDeps) {}

  /** The card for the delegator; null when the item is gone (the caller draws goneParkCard). */
  async render(subject: ParkCardSubject, locale: Locale, options: { note?: { text: string; tone: 'good' | 'warning' } | undefined } = {}): Promise<RenderedParkCard | null> {
    const users = await this.deps.directory.getUsers(subject.tenantId, [subject.byUserId, subject.forUserId]);
    const nameOf = (id: string) => users.find((u) => u.id === id)?.displayName ?? t(locale, 'park.card.someone');
    const data: ParkCardData = { v: 1, k: subject.item.kind, id: subject.item.id, at: subject.at, by: subject.byUserId };
    const base = { locale, data, byName: nameOf(subject.byUserId), note: options.note };
    if (subject.item.kind === 'record') {
      const found = await this.deps.records.get(subject.tenantId, subject.item.id);
      if (!found) return null;
      const r = found.value;
      const pending = stillParked(r.parked, subject.at);
      const statusKey = `status.${r.status}`;
      const item = { kind: 'record' as const, number: r.number, title: r.title, statusLabel: isMessageKey(statusKey) ? t(locale, statusKey) : r.status };
      const model = { ...base, item, openUrl: recordUrl(this.deps.publicUrl, r.type, r.id), pickedUpBy: pending ? null : nameOf(subject.forUserId) };
      return { card: parkCard(model), summary: parkCardSummary(model), pending };
    }
    const found = await this.deps.sessions.get(subject.tenantId, subject.item.id);
    if (!found) return null;
    const s = found.value;
    const pending = stillParked(s.parked, subject.at);
    const item = { kind: 'session' as const, customer: s.visitor.name?.replace(/\s+/g, ' ').trim().slice(0, 80) || t(locale, 'park.card.visitor') };
    const model = { ...base, item, openUrl: `${this.deps.publicUrl}/sessions`, pickedUpBy: pending ? null : nameOf(subject.forUserId) };
    return { card: parkCard(model), summary: parkCardSummary(model), pending };
  }

  gone(locale: Locale): AdaptiveCard {
    return goneParkCard(locale);
  }
}
