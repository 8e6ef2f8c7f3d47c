/**
 * What one socket may cost the server (both edges): frames waiting to be handled (beyond
 * MAX_IN_FLIGHT_FRAMES the socket is closed with 1008), bytes waiting to be sent to a peer that
 * stopped reading (beyond MAX_BUFFERED_BYTES it is dropped), and a small token bucket per socket.
 */
import { CLOSE } from './socket-errors';
import { WebSocket } from './ws';

/** Client frames one socket may have waiting to be handled. */
export const MAX_IN_FLIGHT_FRAMES = 32;
/** Unsent bytes one socket may have; a peer this far behind is not reading. */
export const MAX_BUFFERED_BYTES = 1024 * 1024;

/** Sends a JSON frame if the socket is open; drops a socket whose peer stopped reading. */
export function sendJson(socket: WebSocket, frame: unknown): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
    socket.terminate();
    return;
  }
  socket.send(JSON.stringify(frame));
}

/** A token bucket: `capacity` at once, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(private readonly capacity: number, private readonly perSecond: number, private readonly now: () => number = Date.now) {
    this.tokens = capacity;
    this.at = now();
  }

  /** Takes one token: null when there was one, else the whole seconds until there is. */
  take(): number | null {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
  }
}

/** What `handleFramesInOrder` calls for a socket's frames. */
export interface FrameHandlers {
  /** True once the connection cleaned up: later frames are ignored. */
  closed(): boolean;
  /** One client frame (null: a binary one); frames are handled one at a time, in order. */
  frame(text: string | null): Promise<void>;
  /** A frame's handler threw: answer the client (the connection goes on). */
  failed(error: unknown): void;
  /** Too many frames waiting: the socket was closed (1008); clean up. */
  overflowed(): void;
}

/** Handles a socket's frames one at a time, in order; more than MAX_IN_FLIGHT_FRAMES waiting closes it with 1008. */
export function handleFramesInOrder(socket: WebSocket, handlers: FrameHandlers): void {
  let chain: Promise<void> = Promise.resolve();
  let inFlight = 0;
  socket.on('message', (raw, isBinary) => {
    if (handlers.closed()) return;
    if (++inFlight > MAX_IN_FLIGHT_FRAMES) {
      socket.close(CLOSE.tooManyFrames, 'too many frames');
      handlers.overflowed();
      return;
    }
    const text = isBinary ? null : raw.toString();
    chain = chain
      .then(() => handlers.frame(text))
      .catch((error: unknown) => handlers.failed(error))
      .finally(() => inFlight--);
  });
}
