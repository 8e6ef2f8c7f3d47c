/**
 * Blob metadata travels as HTTP headers (x-ms-meta-*), which carry ASCII only, and header names
 * are case-insensitive (Node lower-cases them). So keys must be lower-case identifiers and values
 * are percent-encoded (UTF-8) on the way in and decoded on the way out.
 */

import { wellFormed } from '../domain/shared/text';

const KEY = /^[a-z_][a-z0-9_]*$/;

/** Thrown for a metadata key Azure would refuse or change. */
export class InvalidMetadataKeyError extends Error {
  constructor(key: string) {
    super(`Blob metadata key "${key}" must be a lower-case identifier ([a-z_][a-z0-9_]*)`);
    this.name = 'InvalidMetadataKeyError';
  }
}

/** Metadata as stored: keys checked, every value percent-encoded (plain ASCII stays readable). */
export function encodeMetadata(metadata: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (!KEY.test(key)) throw new InvalidMetadataKeyError(key);
    out[key] = encodeURIComponent(wellFormed(value));
  }
  return out;
}

/** Metadata as read back; a value not written by us (not valid percent-encoding) is kept as it is. */
export function decodeMetadata(metadata: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata ?? {})) {
    try {
      out[key.toLowerCase()] = decodeURIComponent(value);
    } catch {
      out[key.toLowerCase()] = value;
    }
  }
  return out;
}
