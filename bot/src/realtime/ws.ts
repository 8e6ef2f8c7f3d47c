/**
 * The `ws` package as Casebridge uses it (bot/ depends on ws 8): imported from here, so code
 * outside bot/ (the test fixtures) gets the same version as the server.
 */
import { WebSocket, type WebSocketServer } from 'ws';

export { WebSocket, WebSocketServer } from 'ws';
export type { RawData, ServerOptions, ClientOptions } from 'ws';

/**
 * Stops a server whose sockets were asked to close: waits up to `graceMs` for their closing
 * handshakes, terminates those still open (a peer that does not answer must not hold the stop),
 * then closes the server.
 */
export async function closeAll(server: WebSocketServer, graceMs = 2000): Promise<void> {
  const open = [...server.clients].filter((socket) => socket.readyState !== WebSocket.CLOSED);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(open.map((socket) => new Promise<void>((resolve) => {
      if (socket.readyState === WebSocket.CLOSED) resolve();
      else socket.once('close', () => resolve());
    }))),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
  ]);
  clearTimeout(timer);
  for (const socket of server.clients) socket.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
