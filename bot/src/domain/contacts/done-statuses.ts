import type { RecordStatus } from '../records/record';

/** A case is evidence once it is done: resolved or closed. */
export const DONE_STATUSES: readonly RecordStatus[] = ['resolved', 'closed'];
