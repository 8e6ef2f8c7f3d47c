/** `GET|PUT /api/me/preferences`: the caller's own notification preferences (H3: Teams notifications off per user). */
import { z } from 'zod';
import type { PreferencesService } from '../../domain/work/preferences-service';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { commonProblems } from './records';

export const Preferences = z
  .object({
    /** Activity-feed notifications and cards in the personal chat with the bot about cases assigned or transferred to you and customer replies on your cases. */
    teamsNotifications: z.boolean(),
  })
  .strict();

export function preferenceRoutes(preferences: PreferencesService): Route[] {
  return [
    userRoute({
      method: 'get',
      path: '/api/me/preferences',
      operationId: 'getMyPreferences',
      summary: 'Your notification preferences (Teams notifications are on unless you turned them off)',
      tag: 'me',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: NO_BODY,
      responses: { 200: { description: 'Your preferences', schema: Preferences }, 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller }) => json(200, await preferences.get(caller)),
    }),
    userRoute({
      method: 'put',
      path: '/api/me/preferences',
      operationId: 'putMyPreferences',
      summary: 'Set your notification preferences; with Teams notifications off, nothing is sent to you (and nothing is kept to send later)',
      tag: 'me',
      params: NO_PARAMS,
      query: NO_PARAMS,
      body: Preferences,
      responses: { 200: { description: 'Your preferences, as saved', schema: Preferences }, 400: commonProblems[400], 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller, body }) => json(200, await preferences.set(caller, body)),
    }),
  ];
}
