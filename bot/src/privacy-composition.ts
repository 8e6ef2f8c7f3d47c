/**
 * J4/J5 wiring: the reader's own timeline (entries they hid, their private notes) around the
 * shared timeline, and the private notes service, over the store's repositories.
 */
import { randomUUID } from 'node:crypto';
import { PersonalTimeline } from './domain/delegation/personal-timeline';
import { PrivateNoteService } from './domain/delegation/private-note-service';
import { MarksService } from './domain/queues/marks-service';
import type { RecordService } from './domain/records/record-service';
import type { Clock } from './domain/shared/types';
import type { TimelineService } from './domain/timeline/timeline-service';
import type { Store } from './storage/cosmos/cosmos-store';

export interface PrivacyParts {
  /** J4/J5: the caller's own view of a record's timeline; hiding entries for oneself. */
  personalTimeline: PersonalTimeline;
  /** J5: private notes (their author's only). */
  privateNotes: PrivateNoteService;
}

/** `timeline` is asked on each call, so the one shared TimelineService is used (built beside this). */
export function createPrivacy(d: { store: Pick<Store, 'privateNotes' | 'timeline' | 'userMarks'>; records: RecordService; clock: Clock; timeline: () => Pick<TimelineService, 'list'> }): PrivacyParts {
  const marks = new MarksService(d.records, d.store.userMarks, d.clock);
  return {
    personalTimeline: new PersonalTimeline({
      timeline: { list: (caller, recordId, page, kinds) => d.timeline().list(caller, recordId, page, kinds) },
      records: d.records, marks, entries: d.store.timeline, notes: d.store.privateNotes,
    }),
    privateNotes: new PrivateNoteService({ records: d.records, notes: d.store.privateNotes, clock: d.clock, newId: randomUUID }),
  };
}
