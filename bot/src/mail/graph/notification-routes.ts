/**
 * POST /api/mail/graph/notifications and /api/mail/graph/lifecycle, mounted raw on restify like
 * /api/messages. Anonymous: Graph authenticates with the clientState inside each notification.
 * `?validationToken=` (the subscription handshake) is echoed as text/plain with 200; any other
 * request must be a JSON collection, answered 202 at once and processed afterwards.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { readJsonBody } from '../../http/body';
import { problemFromError, problemOf } from '../../http/problem';
import { sendProblem } from '../../http/send-problem';
import type { MailboxNotifications } from './mailbox-notifications';
import { ChangeNotificationCollectionSchema, LifecycleNotificationCollectionSchema, MAX_VALIDATION_TOKEN_BYTES } from './notification-schemas';

export const GRAPH_NOTIFICATIONS_PATH = '/api/mail/graph/notifications';
export const GRAPH_LIFECYCLE_PATH = '/api/mail/graph/lifecycle';

export interface GraphMailRouteOptions {
  notifications: MailboxNotifications;
  logger: Pick<Logger, 'warn'>;
  /** Largest JSON body accepted (MAX_BODY_BYTES). */
  maxBodyBytes: number;
}

/** Answers the validation handshake; true when the request was one. */
function validationHandshake(req: Request, res: Response): boolean {
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('validationToken');
  if (token === null) return false;
  if (Buffer.byteLength(token, 'utf8') > MAX_VALIDATION_TOKEN_BYTES) {
    sendProblem(res, problemOf(400, 'error.validation', 'en'));
    return true;
  }
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(token, 'utf8') });
  res.end(token);
  return true;
}

/** Mounts both routes on restify. */
export function mountGraphMailRoutes(server: Server, options: GraphMailRouteOptions): void {
  const route = <T>(path: string, parse: (body: unknown) => T[] | null, hand: (items: T[]) => void) => {
    server.post(path, async (req: Request, res: Response) => {
      if (validationHandshake(req, res)) return;
      let body: unknown;
      try {
        body = await readJsonBody(req, options.maxBodyBytes);
      } catch (error) {
        return sendProblem(res, problemFromError(error, 'en'));
      }
      const items = parse(body);
      if (items === null) {
        options.logger.warn({ path }, 'graph notification body refused');
        return sendProblem(res, problemOf(400, 'error.validation', 'en'));
      }
      res.writeHead(202);
      res.end();
      hand(items);
    });
  };
  route(GRAPH_NOTIFICATIONS_PATH, (body) => {
    const parsed = ChangeNotificationCollectionSchema.safeParse(body);
    return parsed.success ? parsed.data.value : null;
  }, (items) => options.notifications.changes(items));
  route(GRAPH_LIFECYCLE_PATH, (body) => {
    const parsed = LifecycleNotificationCollectionSchema.safeParse(body);
    return parsed.success ? parsed.data.value : null;
  }, (items) => options.notifications.lifecycle(items));
}

const responses = {
  200: { description: 'Validation handshake: the validationToken echoed as text/plain' },
  202: { description: 'Accepted; processed afterwards (notifications with a wrong clientState are dropped)' },
  400: { description: 'Body is not a notification collection, or validationToken longer than 1 KB' },
};
const parameters = [{ name: 'validationToken', in: 'query', required: false, schema: { type: 'string', maxLength: MAX_VALIDATION_TOKEN_BYTES } }];

/** OpenAPI path items for both routes (extra paths for buildOpenApi). */
export const graphMailOpenApiPaths = {
  [GRAPH_NOTIFICATIONS_PATH]: { post: { operationId: 'graphMailNotifications', security: [], summary: 'Microsoft Graph change notifications for the support mailbox (anonymous; clientState checked)', tags: ['mail'], parameters, responses } },
  [GRAPH_LIFECYCLE_PATH]: { post: { operationId: 'graphMailLifecycle', security: [], summary: 'Microsoft Graph lifecycle notifications for the mailbox subscription (anonymous; clientState checked)', tags: ['mail'], parameters, responses } },
};
