/** GET /api/records/{id}/suggestions: suggested contacts with their reasons (G1–G3). */
import { z } from 'zod';
import type { SuggestionService } from '../../domain/contacts/suggestion-service';
import { json, NO_BODY, userRoute, type Route } from '../route';
import { IdParams, Problem } from '../schemas';
import { actingUser, ChatId } from './chats';
import { commonProblems } from './records';


/** One reason a person is suggested (`kind` tells which fields come with it). */
const Reason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('owner') }),
  z.object({ kind: z.literal('team'), teamId: z.string(), teamName: z.string() }),
  z.object({ kind: z.literal('activity'), what: z.enum(['joined', 'wroteInChat', 'changedRecord']), at: z.string() }),
  z.object({ kind: z.literal('sameCustomer'), recordId: z.string(), number: z.string(), via: z.enum(['person', 'company']) }),
  z.object({ kind: z.literal('similarCase'), recordId: z.string(), number: z.string(), title: z.string(), score: z.number() }),
]);

const Suggestions = z.object({
  /** Best first, at most 10. */
  items: z.array(z.object({ userId: z.string(), displayName: z.string(), reasons: z.array(Reason).min(1) })),
});

/** The suggestions route; `suggestions` is built in contacts-composition.ts. */
export function contactRoutes(suggestions: SuggestionService): Route[] {
  return [
    userRoute({
      method: 'get', path: '/api/records/{id}/suggestions', operationId: 'listSuggestedContacts',
      summary: 'Suggested contacts for a record, best first, each with the reasons (G1–G2); with chatId, not its members', tag: 'chats',
      params: IdParams, query: z.object({ chatId: ChatId.optional() }), body: NO_BODY,
      responses: {
        200: { description: 'Suggested people', schema: Suggestions },
        401: commonProblems[401], 404: commonProblems[404],
        502: { description: 'Teams could not list the chat\'s members', schema: Problem, contentType: 'application/problem+json' },
      },
      handle: async ({ caller, params, query, headers }) => {
        const chat = query.chatId ? { chatId: query.chatId, as: actingUser(caller, headers) } : undefined;
        return json(200, { items: await suggestions.suggest(caller, params.id, chat) });
      },
    }),
  ];
}
