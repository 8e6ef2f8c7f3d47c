/**
 * J2/J5: which note the composer writes. A shared note changes the case and is not delegated, so it
 * needs my own write; a private note needs only read. Acting for someone on a case my own write
 * does not reach, only the private note is offered.
 */
export type NoteKind = 'shared' | 'private';

export function noteKind(canWrite: boolean, privateChosen: boolean): NoteKind {
  return !canWrite || privateChosen ? 'private' : 'shared';
}
