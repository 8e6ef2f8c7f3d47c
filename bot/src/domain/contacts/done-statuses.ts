/** A case is evidence once it is done: resolved or closed (the record's own rule). */
export { DONE_STATUSES } from '../records/record';
