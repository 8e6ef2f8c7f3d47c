/** Reads a JSON request body with a size limit and clear errors for every way it can be wrong. */
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem';

/** Returns the parsed body, or undefined when there is none. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const length = Number(req.headers['content-length'] ?? '0');
  const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return undefined;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && !type?.endsWith('+json')) {
    throw new HttpProblem(415, 'error.unsupportedMediaType');
  }
  if (length > maxBytes) throw new HttpProblem(413, 'error.payloadTooLarge', { max: maxBytes });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw new HttpProblem(413, 'error.payloadTooLarge', { max: maxBytes });
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'error.malformedJson');
  }
}
