/** Durable bytes (raw mail, attachments, the local outbox): Azure Blob Storage, Azurite locally. */

export const BLOB_CONTAINERS = ['rawmail', 'attachments', 'outbox'] as const;
export type BlobContainerName = (typeof BLOB_CONTAINERS)[number];

export interface BlobInfo {
  name: string;
  size: number;
  contentType: string | null;
  metadata: Record<string, string>;
}

export interface BlobStore {
  /** Writes (or overwrites, with the same bytes on a retry) one blob; resolves once it is durable. */
  put(container: BlobContainerName, name: string, content: Buffer, options?: { contentType?: string; metadata?: Record<string, string> }): Promise<void>;
  /** The bytes, or null when missing. */
  get(container: BlobContainerName, name: string): Promise<Buffer | null>;
  /** Blobs whose names start with `prefix`, in name order, at most `limit`. */
  list(container: BlobContainerName, prefix: string, limit: number): Promise<BlobInfo[]>;
  /** Missing is not an error. */
  delete(container: BlobContainerName, name: string): Promise<void>;
}
