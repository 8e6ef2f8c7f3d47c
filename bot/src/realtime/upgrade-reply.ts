/** Refusing a WebSocket upgrade with a plain HTTP answer (before any socket exists). */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** Writes `status` with a short text body (and any headers) and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number, body: string, headers: Record<string, string> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const text = Buffer.from(body, 'utf8');
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Connection: close',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${text.length}`,
    'Cache-Control: no-store',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), text]));
}
