/** A BlobStore that counts its writes and reads (operations and the bench read the figures). */
import type { BlobContainerName, BlobInfo, BlobStore } from '../domain/shared/blob-store';

export interface BlobMetrics {
  writes: number;
  reads: number;
}

export class CountingBlobStore implements BlobStore {
  readonly metrics: BlobMetrics = { writes: 0, reads: 0 };

  constructor(private readonly inner: BlobStore) {}

  put(container: BlobContainerName, name: string, content: Buffer, options?: { contentType?: string; metadata?: Record<string, string> }): Promise<void> {
    this.metrics.writes++;
    return this.inner.put(container, name, content, options);
  }

  get(container: BlobContainerName, name: string): Promise<Buffer | null> {
    this.metrics.reads++;
    return this.inner.get(container, name);
  }

  list(container: BlobContainerName, prefix: string, limit: number): Promise<BlobInfo[]> {
    this.metrics.reads++;
    return this.inner.list(container, prefix, limit);
  }

  delete(container: BlobContainerName, name: string): Promise<void> {
    this.metrics.writes++;
    return this.inner.delete(container, name);
  }
}
