/**
 * The record edit form's model: the user's draft, what they started from (the base), and a merge
 * when the record changed underneath them. A field only the server changed takes the server's
 * value; a field only the user changed keeps theirs; a field both changed to different values is
 * a conflict the user settles (keep mine / use theirs). Nothing the user typed is ever dropped.
 */
import type { RecordPatch, RecordPriority, RecordStatus, ServiceRecord, Team } from '../api/types';
import type { OwnerChoice } from './OwnerPicker';

export interface Draft {
  title: string;
  description: string;
  status: RecordStatus;
  priority: RecordPriority | undefined;
  owner: OwnerChoice | null;
  team: Team | null;
}

export type DraftField = keyof Draft;

export const DRAFT_FIELDS: readonly DraftField[] = ['title', 'status', 'priority', 'owner', 'team', 'description'];

export function draftOf(record: ServiceRecord): Draft {
  return {
    title: record.title,
    description: record.description ?? '',
    status: record.status,
    priority: record.priority,
    owner: record.owner ?? null,
    team: record.owningTeam ?? null,
  };
}

/** Whether two drafts hold the same value for the field (people and teams by id). */
export function sameValue(field: DraftField, a: Draft, b: Draft): boolean {
  switch (field) {
    case 'owner':
      return (a.owner?.id ?? null) === (b.owner?.id ?? null);
    case 'team':
      return (a.team?.id ?? null) === (b.team?.id ?? null);
    case 'title':
      return a.title.trim() === b.title.trim();
    default:
      return a[field] === b[field];
  }
}

function withField(target: Draft, field: DraftField, source: Draft): Draft {
  switch (field) {
    case 'title':
      return { ...target, title: source.title };
    case 'description':
      return { ...target, description: source.description };
    case 'status':
      return { ...target, status: source.status };
    case 'priority':
      return { ...target, priority: source.priority };
    case 'owner':
      return { ...target, owner: source.owner };
    case 'team':
      return { ...target, team: source.team };
  }
}

export interface Merged {
  draft: Draft;
  base: Draft;
  /** Fields the server changed that the draft now shows (the user had not touched them). */
  taken: DraftField[];
}

/**
 * Merges the server's `latest` into the user's `draft` started from `base`. Colliding fields stay
 * as the user has them and keep their old base, so {@link conflicts} still lists them.
 */
export function mergeLatest(base: Draft, draft: Draft, latest: Draft): Merged {
  let nextDraft = draft;
  let nextBase = base;
  const taken: DraftField[] = [];
  for (const field of DRAFT_FIELDS) {
    if (sameValue(field, base, latest)) continue;
    if (sameValue(field, draft, base)) {
      nextDraft = withField(nextDraft, field, latest);
      nextBase = withField(nextBase, field, latest);
      taken.push(field);
    } else if (sameValue(field, draft, latest)) {
      nextBase = withField(nextBase, field, latest);
    }
  }
  return { draft: nextDraft, base: nextBase, taken };
}

/** Fields both the user and the server changed, to different values. */
export function conflicts(base: Draft, draft: Draft, latest: Draft): DraftField[] {
  return DRAFT_FIELDS.filter(
    (field) => !sameValue(field, base, latest) && !sameValue(field, draft, base) && !sameValue(field, draft, latest),
  );
}

/** Settles a conflict: the user's value (`mine`) or the server's; either way it is no longer one. */
export function resolve(base: Draft, draft: Draft, latest: Draft, field: DraftField, choice: 'mine' | 'theirs'): { base: Draft; draft: Draft } {
  return { base: withField(base, field, latest), draft: choice === 'theirs' ? withField(draft, field, latest) : draft };
}

/** The patch from the record as it is now to the draft; fields the user cannot read are never sent. */
export function changes(record: ServiceRecord, draft: Draft): RecordPatch {
  const patch: RecordPatch = {};
  if (draft.title.trim() !== record.title) patch.title = draft.title.trim();
  if (draft.description !== (record.description ?? '')) patch.description = draft.description;
  if (draft.status !== record.status) patch.status = draft.status;
  if (draft.priority !== undefined && draft.priority !== record.priority) patch.priority = draft.priority;
  if (record.owner !== undefined && (draft.owner?.id ?? null) !== (record.owner?.id ?? null)) {
    patch.ownerId = draft.owner?.id ?? null;
  }
  if (record.owningTeam !== undefined && (draft.team?.id ?? null) !== (record.owningTeam?.id ?? null)) {
    patch.owningTeamId = draft.team?.id ?? null;
  }
  return patch;
}
