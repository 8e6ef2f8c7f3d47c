/**
 * The BlobStore port on Azure Blob Storage (`@azure/storage-blob`): in Azure through the managed
 * identity (a TokenCredential, no shared keys), locally against Azurite with its connection string.
 * Every call has short per-try timeouts and few retries, so a dead store fails within seconds
 * instead of holding an SMTP session or a webhook open.
 */
import type { TokenCredential } from '@azure/identity';
import { BlobServiceClient, RestError, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { BLOB_CONTAINERS, type BlobContainerName, type BlobInfo, type BlobStore } from '../domain/shared/blob-store';
import { decodeMetadata, encodeMetadata } from './blob-metadata';

/** How patient the client is with the store. */
export interface BlobRetryOptions {
  /** Attempts per operation, the first included (default 3). */
  maxTries?: number;
  /** Server-side time limit per attempt (the `timeout` query parameter; default 30 s). */
  tryTimeoutMs?: number;
  /**
   * Client-side limit for a whole operation, retries included (default 30 s: a 50 MB raw mail
   * must fit in it). The SDK has no client-side per-try timeout, so a store that accepts the
   * connection and never answers is cut off here.
   */
  operationTimeoutMs?: number;
  /** First back-off between attempts (default 200 ms), doubling up to 2 s. */
  retryDelayMs?: number;
}

function pipelineOptions(retry: BlobRetryOptions): StoragePipelineOptions {
  return {
    retryOptions: {
      maxTries: retry.maxTries ?? 3,
      tryTimeoutInMs: retry.tryTimeoutMs ?? 30_000,
      retryDelayInMs: retry.retryDelayMs ?? 200,
      maxRetryDelayInMs: 2_000,
    },
    // Our own logs say what failed; the SDK's user agent needs no telemetry prefix.
    userAgentOptions: { userAgentPrefix: 'casebridge' },
  };
}

function isNotFound(error: unknown): boolean {
  return error instanceof RestError && error.statusCode === 404;
}

/** BlobStore on Azure Blob Storage or Azurite. */
export class AzureBlobStore implements BlobStore {
  private constructor(
    private readonly service: BlobServiceClient,
    private readonly operationTimeoutMs: number,
  ) {}

  /** Azure: the account's blob endpoint (`https://<account>.blob.core.windows.net`) and a managed-identity credential. */
  static fromAccountUrl(accountUrl: string, credential: TokenCredential, retry: BlobRetryOptions = {}): AzureBlobStore {
    return new AzureBlobStore(new BlobServiceClient(accountUrl, credential, pipelineOptions(retry)), retry.operationTimeoutMs ?? 30_000);
  }

  /** Azurite (local mode and tests): its connection string. */
  static fromConnectionString(connectionString: string, retry: BlobRetryOptions = {}): AzureBlobStore {
    return new AzureBlobStore(BlobServiceClient.fromConnectionString(connectionString, pipelineOptions(retry)), retry.operationTimeoutMs ?? 30_000);
  }

  /** Creates rawmail, attachments and outbox when missing (local mode; in Azure, Bicep creates them). */
  async ensureContainers(): Promise<void> {
    for (const name of BLOB_CONTAINERS) await this.container(name).createIfNotExists({ abortSignal: this.deadline() });
  }

  async put(container: BlobContainerName, name: string, content: Buffer, options: { contentType?: string; metadata?: Record<string, string> } = {}): Promise<void> {
    // A single-shot upload that overwrites: a retry with the same bytes is harmless.
    await this.container(container)
      .getBlockBlobClient(name)
      .upload(content, content.length, {
        blobHTTPHeaders: options.contentType ? { blobContentType: options.contentType } : {},
        metadata: encodeMetadata(options.metadata ?? {}),
        abortSignal: this.deadline(),
      });
  }

  async get(container: BlobContainerName, name: string): Promise<Buffer | null> {
    try {
      return await this.container(container).getBlobClient(name).downloadToBuffer(0, undefined, { abortSignal: this.deadline() });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async list(container: BlobContainerName, prefix: string, limit: number): Promise<BlobInfo[]> {
    const found: BlobInfo[] = [];
    if (limit <= 0) return found;
    const pages = this.container(container)
      .listBlobsFlat({ prefix, includeMetadata: true, abortSignal: this.deadline() })
      .byPage({ maxPageSize: Math.min(limit, 5000) });
    for await (const page of pages) {
      for (const item of page.segment.blobItems) {
        found.push({
          name: item.name,
          size: item.properties.contentLength ?? 0,
          contentType: item.properties.contentType ?? null,
          metadata: decodeMetadata(item.metadata),
        });
        if (found.length >= limit) return found;
      }
    }
    return found;
  }

  async delete(container: BlobContainerName, name: string): Promise<void> {
    await this.container(container).getBlobClient(name).deleteIfExists({ abortSignal: this.deadline() });
  }

  /** A fresh signal per operation. */
  private deadline(): AbortSignal {
    return AbortSignal.timeout(this.operationTimeoutMs);
  }

  private container(name: BlobContainerName): ContainerClient {
    return this.service.getContainerClient(name);
  }
}
