/** Files an agent picks, read as base64 for the JSON API; the service's limits mirrored for early feedback. */
import type { AttachmentUpload } from '../../api/compose-endpoints';

/** As the service (domain/compose/attachment-limits.ts): at most this many bytes in all … */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** … in at most this many files. */
export const MAX_ATTACHMENTS = 10;

/** A picked file, read. */
export interface PickedFile {
  filename: string;
  size: number;
  upload: AttachmentUpload;
}

function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Reads files for upload. */
export async function readFiles(files: readonly File[]): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (file) => ({
      filename: file.name,
      size: file.size,
      upload: { filename: file.name, contentType: file.type || 'application/octet-stream', contentBase64: base64Of(await file.arrayBuffer()) },
    })),
  );
}

/** Null when the files fit, else which limit they break. */
export function overLimit(files: readonly PickedFile[]): 'count' | 'bytes' | null {
  if (files.length > MAX_ATTACHMENTS) return 'count';
  return files.reduce((sum, f) => sum + f.size, 0) > MAX_ATTACHMENT_BYTES ? 'bytes' : null;
}

/** "1.2 MB" style sizes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Comma- or semicolon-separated addresses → a list (the service validates each). */
export function addressList(text: string): string[] {
  return text.split(/[,;\s]+/).map((a) => a.trim()).filter((a) => a !== '');
}

/** A fresh Idempotency-Key for one send (kept across retries of the same send). */
export function newKey(): string {
  return `tab-${crypto.randomUUID()}`;
}
