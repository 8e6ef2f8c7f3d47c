/** `POST /api/realtime/ticket`: a signed-in agent's 60-second ticket for the agent WebSocket. */
import { z } from 'zod';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../http/route';
import { Problem } from '../http/schemas';
import { AGENT_SOCKET_PATH } from './agent-socket';
import type { ChatTokens } from './tokens';

const TicketView = z.object({
  ticket: z.string(),
  expiresAt: z.string(),
  /** The socket's path with the ticket (relative to the server; ws: or wss: like the page). */
  path: z.string(),
});

export function realtimeRoutes(tokens: ChatTokens): Route[] {
  return [
    userRoute({
      method: 'post', path: '/api/realtime/ticket', operationId: 'createRealtimeTicket', tag: 'sessions',
      summary: 'A 60-second ticket for the agent WebSocket: open GET /api/realtime?ticket=… with it (entries, typing and state of watched sessions)',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: {
        200: { description: 'The ticket', schema: TicketView },
        401: { description: 'Missing or invalid token', schema: Problem, contentType: 'application/problem+json' },
      },
      handle: async ({ caller }) => {
        const { ticket, expiresAt } = await tokens.ticket(caller.tenantId, caller.user.id);
        return json(200, { ticket, expiresAt, path: `${AGENT_SOCKET_PATH}?ticket=${encodeURIComponent(ticket)}` }, { 'cache-control': 'no-store' });
      },
    }),
  ];
}
