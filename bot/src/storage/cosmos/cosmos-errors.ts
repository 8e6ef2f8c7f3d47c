/** Recognising Cosmos DB status codes and turning them into domain errors. */
import { ConflictError, PreconditionFailedError } from '../../domain/shared/errors';

/** The HTTP status of an error thrown by the SDK, if it has one. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number') return error.code;
  return undefined;
}

/** Rethrows 409 and 412 as domain errors; everything else unchanged. */
export function translateWriteError(error: unknown, conflictKey: 'error.conflict' | 'error.conflict.recordType' = 'error.conflict'): never {
  const status = cosmosStatus(error);
  if (status === 412) throw new PreconditionFailedError();
  if (status === 409) throw new ConflictError(conflictKey);
  throw error;
}
