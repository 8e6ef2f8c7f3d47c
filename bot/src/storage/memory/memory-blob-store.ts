/** BlobStore in memory, for unit tests of the domain (the service uses Azure Blob Storage / Azurite). */
import type { BlobContainerName, BlobInfo, BlobStore } from '../../domain/shared/blob-store';

export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, { content: Buffer; contentType: string | null; metadata: Record<string, string> }>();

  async put(container: BlobContainerName, name: string, content: Buffer, options: { contentType?: string; metadata?: Record<string, string> } = {}): Promise<void> {
    this.blobs.set(`${container}/${name}`, { content: Buffer.from(content), contentType: options.contentType ?? null, metadata: { ...(options.metadata ?? {}) } });
  }

  async get(container: BlobContainerName, name: string): Promise<Buffer | null> {
    return this.blobs.get(`${container}/${name}`)?.content ?? null;
  }

  async list(container: BlobContainerName, prefix: string, limit: number): Promise<BlobInfo[]> {
    const start = `${container}/${prefix}`;
    return [...this.blobs.entries()]
      .filter(([key]) => key.startsWith(start))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([key, blob]) => ({ name: key.slice(container.length + 1), size: blob.content.length, contentType: blob.contentType, metadata: blob.metadata }));
  }

  async delete(container: BlobContainerName, name: string): Promise<void> {
    this.blobs.delete(`${container}/${name}`);
  }

  /** How many blobs a container holds (tests). */
  count(container: BlobContainerName): number {
    return [...this.blobs.keys()].filter((k) => k.startsWith(`${container}/`)).length;
  }
}
