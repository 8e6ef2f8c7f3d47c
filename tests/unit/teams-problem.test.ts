/**
 * How a failed Teams call becomes the API's problem: each kind of failure its own status and
 * localized words, Teams' Retry-After kept for outages, and never Graph's own message.
 */
import { TeamsCallError, type TeamsFailureKind } from '../../bot/src/domain/chats/teams-port';
import { problemFromError } from '../../bot/src/http/problem';

const GRAPH_TEXT = 'Graph internals: request 5c0ffee on shard 42';

test.each<[string, TeamsCallError, TeamsFailureKind, number, string]>([
  ['our timeout', new TeamsCallError(504, 'timeout', GRAPH_TEXT), 'timeout', 504, 'Teams did not answer in time. Try again in a moment.'],
  ['Graph\'s 504', new TeamsCallError(504, 'GatewayTimeout', GRAPH_TEXT), 'timeout', 504, 'Teams did not answer in time. Try again in a moment.'],
  ['an unreadable answer', new TeamsCallError(502, 'badGraphResponse', GRAPH_TEXT), 'malformed', 502, 'Teams answered in a way Casebridge could not understand. Try again in a moment.'],
  ['no connection', new TeamsCallError(503, 'graphUnreachable', GRAPH_TEXT), 'unreachable', 503, 'Casebridge could not reach Teams. Try again in a moment.'],
  ['no Graph token', new TeamsCallError(503, 'graphTokenUnavailable', GRAPH_TEXT), 'noToken', 503, 'Casebridge could not sign in to Teams for you right now. Try again in a moment.'],
  ['throttled', new TeamsCallError(429, 'TooManyRequests', GRAPH_TEXT), 'throttled', 503, 'Teams is handling too many requests right now and asked Casebridge to wait. Try again in a moment.'],
  ['Graph\'s 503', new TeamsCallError(503, 'ServiceUnavailable', GRAPH_TEXT), 'unavailable', 503, 'Teams is having problems right now. Try again in a moment.'],
  ['Graph\'s 400', new TeamsCallError(400, 'BadRequest', GRAPH_TEXT), 'invalid', 400, 'Teams does not accept these details. Check the people and the name, then try again.'],
  ['consent needed', new TeamsCallError(403, 'graphConsentRequired', GRAPH_TEXT), 'refused', 403, 'Teams refused the request: you may not have access to that chat or team.'],
  ['Graph\'s 404', new TeamsCallError(404, 'NotFound', GRAPH_TEXT), 'notFound', 404, 'Teams could not find that chat, team or person, or you do not have access to it.'],
  ['Graph\'s 409', new TeamsCallError(409, 'Conflict', GRAPH_TEXT), 'conflict', 409, 'Teams refused the request because it conflicts with the chat or team as it is now. Reload and try again.'],
  ['Graph\'s 413', new TeamsCallError(413, 'RequestTooLarge', GRAPH_TEXT), 'rejected', 502, 'Teams refused the request Casebridge sent. If it keeps happening, tell your administrator.'],
])('%s is a %s problem', (_name, error, kind, status, detail) => {
  expect(error.kind).toBe(kind);
  const problem = problemFromError(error, 'en');
  expect(problem).toMatchObject({ status, detail, type: `https://casebridge.dev/problems/teams/${kind}` });
  expect(JSON.stringify(problem)).not.toContain('shard 42');
  expect(problem.title).toBe(status < 500 || kind === 'rejected' ? 'Teams refused the request' : 'Teams could not complete the request');
});

test('Teams\' Retry-After is kept for outages (rounded up to whole seconds), not for refusals', () => {
  const throttled = new TeamsCallError(429, 'TooManyRequests', 'x', { retryAfterSeconds: 12.2 });
  expect(problemFromError(throttled, 'en').retryAfter).toBe(13);
  expect(problemFromError(new TeamsCallError(503, 'ServiceUnavailable', 'x', { retryAfterSeconds: 5 }), 'en').retryAfter).toBe(5);
  expect(problemFromError(new TeamsCallError(429, 'TooManyRequests', 'x'), 'en').retryAfter).toBeUndefined();
  expect(problemFromError(new TeamsCallError(409, 'Conflict', 'x', { retryAfterSeconds: 5 }), 'en').retryAfter).toBeUndefined();
});

test('every kind is worded in Danish and Swedish too', () => {
  const malformed = new TeamsCallError(502, 'badGraphResponse', 'x');
  expect(problemFromError(malformed, 'da')).toMatchObject({ title: 'Teams kunne ikke gennemføre anmodningen', detail: 'Teams svarede på en måde, Casebridge ikke kunne forstå. Prøv igen om lidt.' });
  expect(problemFromError(malformed, 'sv')).toMatchObject({ title: 'Teams kunde inte slutföra begäran', detail: 'Teams svarade på ett sätt som Casebridge inte kunde förstå. Försök igen om en stund.' });
});
