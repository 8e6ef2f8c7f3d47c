/**
 * J4/J5: a reader's own view of a record's timeline, a layer around TimelineService.list: the
 * entries the reader hid are left out (or, asked for, shown marked `hidden`), and the reader's
 * own private notes are merged in by time. Nobody else's hidden marks or notes are ever read:
 * both are looked up in the reader's own partition.
 */
import type { Caller } from '../access/access';
import type { MarksService } from '../queues/marks-service';
import type { RecordService } from '../records/record-service';
import { NotFoundError } from '../shared/errors';
import type { Page, PageRequest } from '../shared/types';
import type { TimelineEntry } from '../timeline/timeline';
import { TIMELINE_VIEW_KINDS, type TimelineItem, type TimelineService, type TimelineViewKind } from '../timeline/timeline-service';
import { privateNoteAuthorId, type PrivateNote, type PrivateNoteRepository } from './private-notes';
import { decodeCursor, encodeCursor, noteWindow, shouldRefill } from './timeline-paging';

/** The kinds a personal timeline shows: the record's, and the reader's own private notes. */
export type PersonalTimelineKind = TimelineViewKind | 'privateNote';

/** Every kind a personal timeline may be filtered by. */
export const PERSONAL_TIMELINE_KINDS: readonly PersonalTimelineKind[] = [...TIMELINE_VIEW_KINDS, 'privateNote'];

/** One item of a personal timeline: a timeline item (or a private note as one) and whether the reader hid it. */
export type PersonalTimelineItem = Omit<TimelineItem, 'kind'> & { kind: PersonalTimelineKind; hidden: boolean };

/** A page of a personal timeline, with how many of the record's entries the reader hid (the tab's "Show hidden (n)"). */
export type PersonalTimelinePage = Page<PersonalTimelineItem> & { hiddenCount: number };

/** J4: whether hidden entries are left out (the default) or shown marked. */
export type HiddenMode = 'exclude' | 'include';

/** A stored entry, looked up by record and id (is the entry on that record?). */
export interface TimelineEntryLookup {
  get(tenantId: string, recordId: string, entryId: string): Promise<TimelineEntry | null>;
}

export interface PersonalTimelineDeps {
  timeline: Pick<TimelineService, 'list'>;
  records: Pick<RecordService, 'get'>;
  marks: Pick<MarksService, 'hiddenIn' | 'setHidden'>;
  entries: TimelineEntryLookup;
  notes: PrivateNoteRepository;
}

/** A private note as a timeline item: its text in `text`, its author as the actor. */
function noteItem(note: PrivateNote, caller: Caller): PersonalTimelineItem {
  const author = caller.delegate?.user ?? caller.user;
  return {
    id: note.id, kind: 'privateNote', at: note.at, actor: { id: author.id, displayName: author.displayName },
    chatId: null, chatName: null, userIds: [], fromStatus: null, toStatus: null, connected: null, chatKind: null, teamId: null,
    text: note.text, message: null, linkedRecordId: null, note: null, until: null, team: null, hidden: false,
  };
}

export class PersonalTimeline {
  constructor(private readonly d: PersonalTimelineDeps) {}

  /**
   * The caller's page of the record's timeline (404 when they may not read the record). `kinds`
   * may name `privateNote`; empty means every kind.
   */
  async list(caller: Caller, recordId: string, page: PageRequest, kinds: readonly PersonalTimelineKind[], hidden: HiddenMode): Promise<PersonalTimelinePage> {
    const cursor = decodeCursor(page.continuation);
    const wantNotes = kinds.length === 0 || kinds.includes('privateNote');
    const storedKinds = kinds.filter((k): k is TimelineViewKind => k !== 'privateNote');
    const authorId = privateNoteAuthorId(caller);
    if (kinds.length > 0 && storedKinds.length === 0) {
      await this.d.records.get(caller, recordId);
      const notes = await this.d.notes.list(caller.tenantId, authorId, recordId, { limit: page.limit, continuation: cursor?.inner });
      const continuation = notes.continuation ? encodeCursor({ inner: notes.continuation, before: null }) : null;
      return { items: notes.items.map((n) => noteItem(n, caller)), continuation, hiddenCount: 0 };
    }
    const hiddenIds = await this.d.marks.hiddenIn(caller, recordId);
    const items: PersonalTimelineItem[] = [];
    let inner = cursor?.inner;
    let oldestAt: string | null = null;
    let more = true;
    for (let reads = 0; shouldRefill({ have: items.length, limit: page.limit, more, reads }); reads++) {
      // The stored timeline checks that the caller may read the record (404) on every read.
      const found = await this.d.timeline.list(caller, recordId, { limit: page.limit - items.length, continuation: inner }, storedKinds);
      for (const item of found.items) {
        if (item.kind !== 'lastMessage' && (oldestAt === null || item.at < oldestAt)) oldestAt = item.at;
        const isHidden = hiddenIds.has(item.id);
        if (!isHidden || hidden === 'include') items.push({ ...item, hidden: isHidden });
      }
      more = found.continuation !== null;
      inner = found.continuation ?? undefined;
    }
    const before = cursor?.before ?? null;
    const window = wantNotes ? noteWindow({ before, oldestAt, more }) : null;
    const notes = window ? await this.d.notes.inWindow(caller.tenantId, authorId, recordId, window) : [];
    const merged = [...items, ...notes.map((n) => noteItem(n, caller))].sort((a, b) => b.at.localeCompare(a.at));
    return { items: merged, continuation: more && inner ? encodeCursor({ inner, before: oldestAt ?? before }) : null, hiddenCount: hiddenIds.size };
  }

  /** J4: hides an entry of the record for the caller only, or shows it again. 404: record not readable, or the entry is not on it. */
  async setHidden(caller: Caller, recordId: string, entryId: string, on: boolean): Promise<void> {
    // The lookup is in the caller's tenant; MarksService then checks the record is readable (404 alike).
    if (!(await this.d.entries.get(caller.tenantId, recordId, entryId))) throw new NotFoundError();
    await this.d.marks.setHidden(caller, recordId, entryId, on);
  }
}
