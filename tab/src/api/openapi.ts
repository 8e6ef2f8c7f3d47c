/**
 * GENERATED FILE — do not edit by hand.
 * The Casebridge API as the service's OpenAPI document (/api/openapi.json) describes it, made by
 * openapi-typescript from the zod route table (bot/src/http/openapi.ts). Regenerate with
 * `npm run api-types` (scripts/api-types.ts); tests/integration/api-types.test.ts checks it is current.
 * Named types for the tab live in ./types.ts.
 */

export interface paths {
    "/api/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I1/I3: the agents of your tenant with their status and open sessions (`status=present` for the transfer list) */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat-languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The language of group chats: the tenant's default and each team's (admins) */
        get: operations["getChatLanguages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change chat languages (admins); null means the default, every change audited. Other instances show it within 30 s */
        patch: operations["updateChatLanguages"];
        trace?: never;
    };
    "/api/chat-languages/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed which chat language, when, from what to what (admins) */
        get: operations["getChatLanguagesAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat-sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web chat sites of your tenant (administrators) */
        get: operations["listChatSites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chat-sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace a chat site (administrators, audited); `identitySecret` is write-only (absent: kept, null: removed) */
        put: operations["putChatSite"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search companies by name */
        get: operations["listCompanies"];
        put?: never;
        /** Register a company */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company with its people and the cases of those people you may read */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the tab needs before sign-in */
        get: operations["getClientConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a phone call: the caller is found by id, e-mail or phone number (or created), and the call becomes a case with a phone conversation */
        post: operations["registerPhoneCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/graph/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Microsoft Graph lifecycle notifications for the mailbox subscription (anonymous; clientState checked) */
        post: operations["graphMailLifecycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/graph/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Microsoft Graph change notifications for the support mailbox (anonymous; clientState checked) */
        post: operations["graphMailNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raw MIME mail for a support address, signed with X-Casebridge-Signature (HMAC-SHA256 of "t.mailbox." + body) */
        post: operations["mailInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their tenant, roles and privileges per record type */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J1: the people you named to act for you (at most 15) */
        get: operations["listMyDelegates"];
        put?: never;
        /** J1: name a colleague of your organization your delegate (201; 200 when they already are). Refused for yourself, an unknown user, when the policy does not allow it, and past either limit (409) */
        post: operations["addMyDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/delegates/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** J1: end a delegation; effective at once (they are told in Teams) */
        delete: operations["removeMyDelegate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/delegators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J1: the people who named you their delegate (you act for them) */
        get: operations["listMyDelegators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I1: the tab is open (every 20 s); without one for a minute you count as offline */
        post: operations["sendHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notification preferences (Teams notifications are on unless you turned them off) */
        get: operations["getMyPreferences"];
        /** Set your notification preferences; with Teams notifications off, nothing is sent to you (and nothing is kept to send later) */
        put: operations["putMyPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** I1: set your chat status (present, away, busy, offline) */
        put: operations["setMyStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Teams teams you are in (to pick a channel, C7) */
        get: operations["listMyTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/teams/{teamId}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The channels of a team you are in (C7) */
        get: operations["listTeamChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bot Framework activities from Teams (Bot Framework token required in azure mode) */
        post: operations["botMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search people by name, e-mail or phone */
        get: operations["listPeople"];
        put?: never;
        /** Register a person (optionally at a company) */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The queue views with their counts (mine, unassigned, team, favorites, flagged) and each of your teams */
        get: operations["queueCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues/{view}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One queue view: mine (my open cases), unassigned, team (teamId: one of yours; else all of them), favorites, flagged */
        get: operations["queueView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues/delegated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J3: your delegators' open cases (or one delegator's), recently changed first, with a count per delegator and the cases you parked */
        get: operations["delegatedQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the oldest unassigned open case of your teams (or of one team): it becomes yours, atomically */
        post: operations["takeNextCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues/parked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J6: the cases your delegates parked for you to pick up */
        get: operations["parkedQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/realtime/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A 60-second ticket for the agent WebSocket: open GET /api/realtime?ticket=… with it (entries, typing and state of watched sessions) */
        post: operations["createRealtimeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/record-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record types of your tenant with their (localized) fields */
        get: operations["listRecordTypes"];
        put?: never;
        /** Add a custom record type (admins) */
        post: operations["createRecordType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search the records you may read, most recently updated first; with q, best matches first (exact number, every word in the title, the rest) */
        get: operations["listRecords"];
        put?: never;
        /** Create a record; it gets the next number of its type. With an Idempotency-Key, a retry answers with the record the first try created */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one record (with its ETag); with If-None-Match, 304 when it has not changed */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a record; If-Match must carry the ETag you read */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/api/records/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take ownership of an unowned case (your write reaches it, or it is in a team of yours); 409 naming the owner when someone has it; `onBehalfOf`: accept for a delegator of yours, who becomes the owner */
        post: operations["acceptRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to a user, a team, or both (assign privilege); a team alone puts the case in its unassigned queue */
        post: operations["assignRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record's action audit (who did what, before and after), newest first */
        get: operations["getRecordAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connect an existing channel, or create a new one in a team you are in (C7) */
        post: operations["connectChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The chats connected to a record, with what you may do with each (C1 section 1) */
        get: operations["listRecordChats"];
        put?: never;
        /** Start a new Teams chat connected to the record (C2); retry with the same Idempotency-Key */
        post: operations["createConnectedChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/{chatId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disconnect a chat from the record (C5, with the rights of B5) */
        delete: operations["disconnectChat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/{chatId}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join a chat connected to the record, with its whole history (D1–D5); 403 names the failing conditions */
        post: operations["joinChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/{chatId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add people to a connected chat, with the whole history (C6) */
        post: operations["addChatParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/{chatId}/transcript": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kept text of a connected chat, oldest first (E6; only where the record type keeps transcripts) */
        get: operations["getTranscript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/connect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connect an existing group chat you are in (C3); a one-to-one chat is refused with an offer */
        post: operations["connectChat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/chats/others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your chats connected to other records, then your recent group chats (C1 section 3) */
        get: operations["listOtherChats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case (its conversations close with it); `onBehalfOf`: close for a delegator of yours (their case) */
        post: operations["closeRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record's conversations (e-mail threads, web form, phone) with their messages, oldest message first */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/conversations/{conversationId}/messages/{messageId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment of a message (read access to the record required) */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/favorite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark the record as your favorite */
        put: operations["addFavorite"];
        post?: never;
        /** Remove the record from your favorites */
        delete: operations["removeFavorite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward one message (messageId) or the whole case to outside addresses, with the messages' attachments, in the case's thread */
        post: operations["forwardMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a message: visibility and subject (administrators), an internal note's text (its author or an administrator); received text never changes; the history is kept */
        patch: operations["editMessage"];
        trace?: never;
    };
    "/api/records/{id}/messages/{messageId}/flag": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Flag a message of the record (for you only) */
        put: operations["flagMessage"];
        post?: never;
        /** Remove your flag from a message */
        delete: operations["unflagMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note to the case (never sent, never in mail to the customer); `private: true` (J5): a note only you ever see, needing read access only and no If-Match, answered as `privateNote` */
        post: operations["addNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/notes/private": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own private notes on the record, newest first (J5: nobody else ever gets them) */
        get: operations["listPrivateNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/notes/private/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your own private notes (anyone else's answers 404) */
        delete: operations["deletePrivateNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/park": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** J6: park the case for a delegator of yours (their case, or yours) to pick up; they are told in Teams */
        post: operations["parkRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** J6: pick up a case parked for you: it becomes yours (a new case becomes active) */
        post: operations["pickUpRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/postpone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Postpone until a future time: status waiting; the case reopens itself then, also after a restart */
        post: operations["postponeRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed or postponed case as active */
        post: operations["reopenRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to the case's customer by e-mail in the case's thread (a new e-mail thread for a phone or web-form case); new and active cases then wait for the customer; `onBehalfOf`: reply for a delegator of yours (From them, Sender you) */
        post: operations["replyToCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/reply-templates/{templateId}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A reply template filled for this case, in your language (else English, else what it has) */
        post: operations["renderReplyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move chosen messages into a new case (title, owner, status); links both ways on the timelines; answers the new case */
        post: operations["splitRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suggested contacts for a record, best first, each with the reasons (G1–G2); with chatId, not its members */
        get: operations["listSuggestedContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record's timeline, newest first; `kinds` filters (comma-separated); the first page carries each chat's last message; entries you hid are left out (`hidden=include` shows them marked); your own private notes are merged in (kind privateNote, only ever yours) */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/timeline/{entryId}/hidden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Hide a timeline entry of the record for you only (others still see it); 404 when the entry is not on the record */
        put: operations["hideTimelineEntry"];
        post?: never;
        /** Show a timeline entry you hid again */
        delete: operations["showTimelineEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/records/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pass the case to a colleague with an internal note to them (the owner, or someone who may assign) */
        post: operations["transferRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reply templates of your tenant, and the placeholders they may use */
        get: operations["listReplyTemplates"];
        put?: never;
        /** Create a reply template (administrators); an unknown placeholder is a 400 naming the field */
        post: operations["createReplyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a reply template (administrators); If-Match optional */
        put: operations["replaceReplyTemplate"];
        post?: never;
        /** Delete a reply template (administrators); If-Match optional */
        delete: operations["deleteReplyTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reply-templates/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who created, changed or deleted which reply template, when, old and new (administrators), newest first */
        get: operations["getReplyTemplatesAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** I2/I6: `mine` (handled, listened to, offered to me) or `live` (every open session; needs listen); J2: `delegated` (the open sessions of my delegators: handled by them, for them, or parked for them; `delegator`: only that one's, 403 when not a delegator of mine, 400 with another view) */
        get: operations["listSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session with its newest 200 entries (older ones: `before` = the first seq you have; `more` says whether there are) and your part in it (agent, listener, viewer, transferTarget) */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I2: make a case of the session (yours, with a `chat` conversation holding the transcript) */
        post: operations["makeCaseOfSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session (the handling agent or a manager, judged on the session as stored when it closes); a listener gets 409: use leave */
        post: operations["closeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries after seq `after`, in order (catching up after a gap) */
        get: operations["listSessionEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I3: a listener stops listening (closes the window); the chat goes on. Not listening: nothing changes */
        post: operations["leaveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The handling agent writes to the customer; a resent `clientId` answers the same entry. J2: a delegate handling it for someone (`actingFor`) whose delegation ended (removed, or the policy no longer allows it): 403 with the reason (the delegator can pick it up) */
        post: operations["postSessionMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/park": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** J6: the handling agent, a delegate who took the session for `forUserId`, parks it for them: the customer is told they will be with them, they get a Teams card with "Pick up". Parked sessions wait (never requeued, no expiry) until picked up, closed, taken over or transferred */
        post: operations["parkSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** J6: the person the session is parked for picks it up: they handle it, the delegate listens (a pending transfer is withdrawn). With nothing parked, the person a delegate handles it for (`actingFor`) takes it back the same way */
        post: operations["pickUpSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/takeover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I5: a manager takes the session; the agent they take it from listens. Send `expectedAgentId` (the agent you saw handling it, null when queued): when someone else has it now, 409 names them. J2: `onBehalfOf` (a delegator of yours; absent: decided by your rights): a delegate takes the session the delegator handles; the delegate handles it for them (`actingFor`), the delegator listens; not a delegate (any more): 403 with the reason; one who may not open the session: 404 */
        post: operations["takeOverSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I3/I5: offer the session to a present colleague (the handling agent or a manager); answers the transfer and its `id` */
        post: operations["transferSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/transfers/{transferId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I3: the colleague accepts; they handle the session and the first agent listens (409 saying what happened when it is no longer pending) */
        post: operations["acceptSessionTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I3: the first agent (or a manager) withdraws the offer (409 saying what happened when it is no longer pending) */
        post: operations["cancelSessionTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/transfers/{transferId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I3: the colleague declines; the first agent keeps the session (409 saying what happened when it is no longer pending) */
        post: operations["declineSessionTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings of a record type (admins) */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings of a record type (admins); objects are merged, every change audited */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/settings/{type}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed which setting of a record type, when, from what to what (admins) */
        get: operations["getSettingsAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{type}/intro-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The intro card (B4) with the given fields, drawn for the most recent record of the type (admins) */
        get: operations["previewIntroCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/delegation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J1: the organization's delegation policy (admins); an empty role list means every role */
        get: operations["getDelegationPolicy"];
        /** J1: set the delegation policy (admins, If-Match); every change audited */
        put: operations["putDelegationPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/delegation/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** J1/B8: who changed the delegation policy, when, from what to what (admins) */
        get: operations["getDelegationPolicyAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The teams of your tenant that can own records */
        get: operations["listTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of your tenant whose name or e-mail contains the words of q */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local mode: mail Casebridge sent, newest first, with the raw MIME */
        get: operations["devListOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Local mode: a signed token for a demo user */
        post: operations["devIssueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Local mode: the demo users you can sign in as */
        get: operations["devListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/{tenantId}/{recordType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public web form (HTML), or with Accept: application/json its fill-time token and ALTCHA challenge */
        get: operations["getWebForm"];
        put?: never;
        /** Submits the web form; the request goes to intake */
        post: operations["submitWebForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Storage is reachable */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgents: {
        parameters: {
            query?: {
                status?: "present" | "away" | "busy" | "offline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            openSessions: number;
                            /** @enum {string} */
                            status: "present" | "away" | "busy" | "offline";
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getChatLanguages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Chat languages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        teams: {
                            id: string;
                            language: ("en" | "da" | "sv") | null;
                            name: string;
                        }[];
                        tenant: {
                            language: ("en" | "da" | "sv") | null;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    updateChatLanguages: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teams?: {
                        id: string;
                        language: ("en" | "da" | "sv") | null;
                    }[];
                    tenant?: {
                        language: ("en" | "da" | "sv") | null;
                    };
                };
            };
        };
        responses: {
            /** @description Chat languages after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        teams: {
                            id: string;
                            language: ("en" | "da" | "sv") | null;
                            name: string;
                        }[];
                        tenant: {
                            language: ("en" | "da" | "sv") | null;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getChatLanguagesAudit: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            actor: {
                                displayName: string;
                                id: string;
                            };
                            at: string;
                            id: string;
                            newValue: unknown;
                            oldValue: unknown;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listChatSites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sites */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @default 3 */
                            agentCapacity: number;
                            allowedOrigins: string[];
                            hasIdentitySecret: boolean;
                            id: string;
                            /** @enum {string} */
                            language: "en" | "da" | "sv";
                            name: string;
                            openingHours: {
                                days: {
                                    day: number;
                                    from: string;
                                    to: string;
                                }[];
                                timeZone: string;
                            } | null;
                            /** @default case */
                            recordType: string;
                            teamId: string;
                            tenantId: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    putChatSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 3 */
                    agentCapacity?: number;
                    allowedOrigins: string[];
                    identitySecret?: string | null;
                    /** @enum {string} */
                    language: "en" | "da" | "sv";
                    name: string;
                    openingHours: {
                        days: {
                            day: number;
                            from: string;
                            to: string;
                        }[];
                        timeZone: string;
                    } | null;
                    /** @default case */
                    recordType?: string;
                    teamId: string;
                };
            };
        };
        responses: {
            /** @description The site */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default 3 */
                        agentCapacity: number;
                        allowedOrigins: string[];
                        hasIdentitySecret: boolean;
                        id: string;
                        /** @enum {string} */
                        language: "en" | "da" | "sv";
                        name: string;
                        openingHours: {
                            days: {
                                day: number;
                                from: string;
                                to: string;
                            }[];
                            timeZone: string;
                        } | null;
                        /** @default case */
                        recordType: string;
                        teamId: string;
                        tenantId: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Companies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                        id: string;
                        name: string;
                        people: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getClientConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Client configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        initiateLoginEndpoint: string | null;
                        /** @enum {string} */
                        mode: "local" | "azure";
                        publicUrl: string;
                        ssoClientId: string | null;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    registerPhoneCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per call (8–100 letters, digits, . _ : -); a retry with it never makes a second case. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caller?: {
                        email?: string | null;
                        name: string;
                        phone?: string | null;
                    };
                    /** @default  */
                    notes?: string;
                    personId?: string;
                    subject: string;
                    /** @default case */
                    type?: string;
                };
            };
        };
        responses: {
            /** @description The new case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    graphMailLifecycle: {
        parameters: {
            query?: {
                validationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Validation handshake: the validationToken echoed as text/plain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted; processed afterwards (notifications with a wrong clientState are dropped) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Body is not a notification collection, or validationToken longer than 1 KB */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    graphMailNotifications: {
        parameters: {
            query?: {
                validationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Validation handshake: the validationToken echoed as text/plain */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Accepted; processed afterwards (notifications with a wrong clientState are dropped) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Body is not a notification collection, or validationToken longer than 1 KB */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    mailInbound: {
        parameters: {
            query: {
                /** @description The support address the mail was sent to */
                mailbox: string;
            };
            header: {
                /** @description t=<unix seconds>,v1=<hex HMAC-SHA256(secret, `${t}.${mailbox}.` + body)> (mailbox lower-cased); at most 5 minutes old */
                "X-Casebridge-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
                "message/rfc822": string;
            };
        };
        responses: {
            /** @description Stored durably; processing follows */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intakeId: string;
                    };
                };
            };
            /** @description Not a readable e-mail, or no mailbox named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Signature missing, wrong or older than 5 minutes */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Unknown mailbox, or the webhook is not enabled (no MAIL_WEBHOOK_SECRET) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Larger than 26214400 bytes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not message/rfc822 or application/octet-stream */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        isAdmin: boolean;
                        privileges: {
                            [key: string]: {
                                assign: ("own" | "team" | "tenant") | null;
                                disconnectChat: ("own" | "team" | "tenant") | null;
                                listen: ("own" | "team" | "tenant") | null;
                                read: ("own" | "team" | "tenant") | null;
                                write: ("own" | "team" | "tenant") | null;
                            };
                        };
                        roles: {
                            id: string;
                            name: string;
                        }[];
                        tenant: {
                            id: string;
                            name: string;
                        };
                        user: {
                            displayName: string;
                            email: string;
                            id: string;
                            locale: string;
                            tenantId: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listMyDelegates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your delegates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            email: string;
                            since: string;
                            userId: string;
                        }[];
                        limit: number;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    addMyDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                };
            };
        };
        responses: {
            /** @description Already your delegate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        email: string;
                        since: string;
                        userId: string;
                    };
                };
            };
            /** @description Now your delegate (they are told in Teams) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        displayName: string;
                        email: string;
                        since: string;
                        userId: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description A limit is reached: 15 delegates per delegator, 15 delegators per delegate (the problem names which) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    removeMyDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer your delegate */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not your delegate */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many changes at once: try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listMyDelegators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people you act for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            email: string;
                            since: string;
                            userId: string;
                        }[];
                        limit: number;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    sendHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your effective status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "present" | "away" | "busy" | "offline";
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your preferences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamsNotifications: boolean;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    putMyPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamsNotifications: boolean;
                };
            };
        };
        responses: {
            /** @description Your preferences, as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teamsNotifications: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    setMyStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "present" | "away" | "busy" | "offline";
                };
            };
        };
        responses: {
            /** @description Your effective status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "present" | "away" | "busy" | "offline";
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listMyTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teams */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            id: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listTeamChannels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Channels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            id: string;
                            /** @enum {string} */
                            membershipType: "standard" | "private" | "shared";
                            teamId: string;
                            webUrl: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    botMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Handled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid Bot Framework token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listPeople: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyId?: string | null;
                    email?: string | null;
                    name: string;
                    phone?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        company: {
                            id: string;
                            name: string;
                        } | null;
                        email: string | null;
                        id: string;
                        name: string;
                        phone: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        company: {
                            id: string;
                            name: string;
                        } | null;
                        email: string | null;
                        id: string;
                        name: string;
                        phone: string | null;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    queueCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        teams: {
                            count: number;
                            id: string;
                            name: string;
                        }[];
                        views: {
                            count: number;
                            /** @enum {string} */
                            view: "mine" | "unassigned" | "team" | "favorites" | "flagged";
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    queueView: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
                teamId?: string;
            };
            header?: never;
            path: {
                view: "mine" | "unassigned" | "team" | "favorites" | "flagged";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    delegatedQueue: {
        parameters: {
            query?: {
                continuation?: string;
                delegator?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases, the counts, the cases you parked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        counts: {
                            count: number;
                            displayName: string;
                            userId: string;
                        }[];
                        items: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                        parkedByMe: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    takeNextCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown | {
                    teamId?: string;
                };
            };
        };
        responses: {
            /** @description The case, now yours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No unassigned open case in your teams */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    parkedQueue: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createRealtimeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ticket */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        path: string;
                        ticket: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listRecordTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Record types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            builtIn: boolean;
                            fields: {
                                kind: string;
                                label: string;
                                name: string;
                                restricted: boolean;
                            }[];
                            id: string;
                            name: string;
                            pluralName: string;
                            prefix: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createRecordType: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    customFields?: {
                        choices?: string[];
                        /** @enum {string} */
                        kind: "text" | "longtext" | "number" | "boolean" | "date" | "choice";
                        labels: {
                            da: string;
                            en: string;
                            sv: string;
                        };
                        name: string;
                    }[];
                    id: string;
                    names: {
                        da: {
                            plural: string;
                            singular: string;
                        };
                        en: {
                            plural: string;
                            singular: string;
                        };
                        sv: {
                            plural: string;
                            singular: string;
                        };
                    };
                    prefix: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        builtIn: boolean;
                        fields: {
                            kind: string;
                            label: string;
                            name: string;
                            restricted: boolean;
                        }[];
                        id: string;
                        name: string;
                        pluralName: string;
                        prefix: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Id or prefix in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listRecords: {
        parameters: {
            query?: {
                companyId?: string;
                continuation?: string;
                limit?: number;
                number?: string;
                ownerId?: string;
                personId?: string;
                priority?: "low" | "normal" | "high" | "urgent";
                q?: string;
                status?: "new" | "active" | "waiting" | "resolved" | "closed";
                teamId?: string;
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            canWrite: boolean;
                            createdAt: string;
                            customFields: {
                                [key: string]: string | number | boolean | null;
                            };
                            description?: string;
                            etag: string;
                            favorite?: boolean;
                            id: string;
                            number: string;
                            owner?: {
                                displayName: string;
                                id: string;
                            } | null;
                            owningTeam?: {
                                id: string;
                                name: string;
                            } | null;
                            parked?: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                                for: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            person?: {
                                company: {
                                    id: string;
                                    name: string;
                                } | null;
                                email: string | null;
                                id: string;
                                name: string;
                                phone: string | null;
                            } | null;
                            postponedUntil?: string | null;
                            /** @enum {string} */
                            priority?: "low" | "normal" | "high" | "urgent";
                            /** @enum {string} */
                            status: "new" | "active" | "waiting" | "resolved" | "closed";
                            teamsUrl: string | null;
                            title: string;
                            type: string;
                            updatedAt: string;
                            url: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per new record (8–100 letters, digits, . _ : -); a retry with it never makes a second record. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customFields?: {
                        [key: string]: string | number | boolean | null;
                    };
                    description?: string;
                    ownerId?: string | null;
                    owningTeamId?: string | null;
                    personId?: string | null;
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @enum {string} */
                    status?: "new" | "active" | "waiting" | "resolved" | "closed";
                    title: string;
                    type: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record you have: 304 when it has not changed (an open record page polls cheaply). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Unchanged since the ETag you sent */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customFields?: {
                        [key: string]: string | number | boolean | null;
                    };
                    description?: string;
                    ownerId?: string | null;
                    owningTeamId?: string | null;
                    personId?: string | null;
                    /** @enum {string} */
                    priority?: "low" | "normal" | "high" | "urgent";
                    /** @enum {string} */
                    status?: "new" | "active" | "waiting" | "resolved" | "closed";
                    title?: string;
                };
            };
        };
        responses: {
            /** @description The changed record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    acceptRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; without it the current version is taken. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    onBehalfOf?: string;
                };
            };
        };
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The record is not in a state for this action (or, for accept, someone else has it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    assignRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamId?: string | null;
                    userId?: string | null;
                };
            };
        };
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getRecordAudit: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            action: string;
                            actor: {
                                displayName: string;
                                id: string;
                            };
                            at: string;
                            id: string;
                            newValue: unknown;
                            oldValue: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    connectChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channelId: string;
                    teamId: string;
                } | {
                    newChannelName: string | null;
                    teamId: string;
                };
            };
        };
        responses: {
            /** @description Connected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canDisconnect: boolean;
                        chatId: string;
                        connectedAt: string;
                        connectedBy: {
                            displayName: string;
                            id: string;
                        };
                        isMember: boolean | null;
                        joinRefusals: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        /** @enum {string} */
                        kind: "chat" | "channel";
                        lastActivity: string | null;
                        members: {
                            displayName: string;
                            id: string;
                        }[] | null;
                        name: string | null;
                        openUrl: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Already connected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listRecordChats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The panel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        connected: {
                            canDisconnect: boolean;
                            chatId: string;
                            connectedAt: string;
                            connectedBy: {
                                displayName: string;
                                id: string;
                            };
                            isMember: boolean | null;
                            joinRefusals: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                            /** @enum {string} */
                            kind: "chat" | "channel";
                            lastActivity: string | null;
                            members: {
                                displayName: string;
                                id: string;
                            }[] | null;
                            name: string | null;
                            openUrl: string | null;
                        }[];
                        refusal: ("teamsChatOff" | "cannotWriteRecord") | null;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createConnectedChat: {
        parameters: {
            query?: never;
            header: {
                /** @description A key you choose per new chat; a retry with it never makes a second chat. */
                "Idempotency-Key": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                    name?: string | null;
                };
            };
        };
        responses: {
            /** @description Connected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canDisconnect: boolean;
                        chatId: string;
                        connectedAt: string;
                        connectedBy: {
                            displayName: string;
                            id: string;
                        };
                        isMember: boolean | null;
                        joinRefusals: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        /** @enum {string} */
                        kind: "chat" | "channel";
                        lastActivity: string | null;
                        members: {
                            displayName: string;
                            id: string;
                        }[] | null;
                        name: string | null;
                        openUrl: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Still in progress, or the key was used for another record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    disconnectChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    joinChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You are in the chat */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alreadyMember: boolean;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed; `conditions` lists which of D1 failed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Another join of yours is still going on; try again in a moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    addChatParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                chatId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberIds: string[];
                };
            };
        };
        responses: {
            /** @description Added */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getTranscript: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path: {
                chatId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            at: string;
                            editedAt: string | null;
                            fromName: string;
                            fromUserId: string | null;
                            messageId: string;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    connectChat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    chatId: string;
                };
            };
        };
        responses: {
            /** @description Connected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canDisconnect: boolean;
                        chatId: string;
                        connectedAt: string;
                        connectedBy: {
                            displayName: string;
                            id: string;
                        };
                        isMember: boolean | null;
                        joinRefusals: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        /** @enum {string} */
                        kind: "chat" | "channel";
                        lastActivity: string | null;
                        members: {
                            displayName: string;
                            id: string;
                        }[] | null;
                        name: string | null;
                        openUrl: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Already connected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description A one-to-one chat; see offer */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listOtherChats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your other chats */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        connectedElsewhere: {
                            chatId: string;
                            lastUpdated: string;
                            name: string | null;
                            openUrl: string | null;
                            records: {
                                id: string;
                                number: string;
                                title: string;
                                type: string;
                            }[];
                        }[];
                        recent: {
                            chatId: string;
                            /** @enum {string} */
                            chatType: "oneOnOne" | "group" | "meeting";
                            lastUpdated: string;
                            name: string | null;
                            openUrl: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams is throttling (with Retry-After), down or unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    closeRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    onBehalfOf?: string;
                };
            };
        };
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The record is not in a state for this action (or, for accept, someone else has it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            channel: "email" | "webform" | "phone" | "chat";
                            createdAt: string;
                            id: string;
                            lastMessageAt: string;
                            mailbox: string | null;
                            messages: {
                                attachments: {
                                    contentType: string;
                                    filename: string;
                                    id: string;
                                    inline: boolean;
                                    size: number;
                                    url: string;
                                }[];
                                author: {
                                    id: string | null;
                                    /** @enum {string} */
                                    kind: "person" | "user" | "system";
                                    name: string;
                                };
                                automatic: ("autoReply" | "bulk" | "bounce" | "deliveryReport" | "ownAddress") | null;
                                cc: {
                                    address: string;
                                    name: string;
                                }[];
                                createdAt: string;
                                delivery: {
                                    attempts: number;
                                    lastError: string | null;
                                    sentAt: string | null;
                                    /** @enum {string} */
                                    state: "pending" | "sending" | "sent" | "failed";
                                } | null;
                                /** @enum {string} */
                                direction: "in" | "out";
                                edits: {
                                    at: string;
                                    /** @enum {string} */
                                    field: "visibility" | "subject" | "text";
                                    from: string;
                                    to: string;
                                    userId: string;
                                    userName: string;
                                }[];
                                flagged?: boolean;
                                from: {
                                    address: string;
                                    name: string;
                                } | null;
                                html: string | null;
                                id: string;
                                mail: {
                                    inReplyTo: string | null;
                                    messageId: string;
                                } | null;
                                purpose: ("acknowledgement" | "reply" | "forward") | null;
                                subject: string;
                                text: string;
                                to: {
                                    address: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                visibility: "external" | "internal";
                                visibleText: string;
                            }[];
                            owner: {
                                displayName: string;
                                id: string;
                            } | null;
                            person: {
                                email: string | null;
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            subject: string;
                            ticketId: string | null;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                conversationId: string;
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    addFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    removeFavorite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    forwardMessages: {
        parameters: {
            query?: never;
            header: {
                /** @description A key you choose per message (8–100 letters, digits, . _ : -); a retry of the same request on the same case answers with the first message and never sends twice; the key with another case or body is a 422. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    attachments?: {
                        contentBase64: string;
                        contentType: string;
                        filename: string;
                    }[];
                    /** @default [] */
                    bcc?: string[];
                    /** @default [] */
                    cc?: string[];
                    messageId?: string;
                    /** @default  */
                    text?: string;
                    to: string[];
                };
            };
        };
        responses: {
            /** @description The new message; the record's new ETag in the ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: {
                            attachments: {
                                contentType: string;
                                filename: string;
                                id: string;
                                inline: boolean;
                                size: number;
                                url: string;
                            }[];
                            author: {
                                id: string | null;
                                /** @enum {string} */
                                kind: "person" | "user" | "system";
                                name: string;
                            };
                            automatic: ("autoReply" | "bulk" | "bounce" | "deliveryReport" | "ownAddress") | null;
                            cc: {
                                address: string;
                                name: string;
                            }[];
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "pending" | "sending" | "sent" | "failed";
                            } | null;
                            /** @enum {string} */
                            direction: "in" | "out";
                            edits: {
                                at: string;
                                /** @enum {string} */
                                field: "visibility" | "subject" | "text";
                                from: string;
                                to: string;
                                userId: string;
                                userName: string;
                            }[];
                            flagged?: boolean;
                            from: {
                                address: string;
                                name: string;
                            } | null;
                            html: string | null;
                            id: string;
                            mail: {
                                inReplyTo: string | null;
                                messageId: string;
                            } | null;
                            purpose: ("acknowledgement" | "reply" | "forward") | null;
                            subject: string;
                            text: string;
                            to: {
                                address: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            visibility: "external" | "internal";
                            visibleText: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The files of the message (new and forwarded together) are over the mail service's limit, which the problem names; nothing written */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The Idempotency-Key was used before with another case or another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    editMessage: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject?: string;
                    text?: string;
                    /** @enum {string} */
                    visibility?: "external" | "internal";
                };
            };
        };
        responses: {
            /** @description The changed message; the record's new ETag in the ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: {
                            attachments: {
                                contentType: string;
                                filename: string;
                                id: string;
                                inline: boolean;
                                size: number;
                                url: string;
                            }[];
                            author: {
                                id: string | null;
                                /** @enum {string} */
                                kind: "person" | "user" | "system";
                                name: string;
                            };
                            automatic: ("autoReply" | "bulk" | "bounce" | "deliveryReport" | "ownAddress") | null;
                            cc: {
                                address: string;
                                name: string;
                            }[];
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "pending" | "sending" | "sent" | "failed";
                            } | null;
                            /** @enum {string} */
                            direction: "in" | "out";
                            edits: {
                                at: string;
                                /** @enum {string} */
                                field: "visibility" | "subject" | "text";
                                from: string;
                                to: string;
                                userId: string;
                                userName: string;
                            }[];
                            flagged?: boolean;
                            from: {
                                address: string;
                                name: string;
                            } | null;
                            html: string | null;
                            id: string;
                            mail: {
                                inReplyTo: string | null;
                                messageId: string;
                            } | null;
                            purpose: ("acknowledgement" | "reply" | "forward") | null;
                            subject: string;
                            text: string;
                            to: {
                                address: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            visibility: "external" | "internal";
                            visibleText: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Outgoing mail still being sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    flagMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    unflagMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    addNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you choose per message (8–100 letters, digits, . _ : -); a retry of the same request on the same case answers with the first message and never sends twice; the key with another case or body is a 422. */
                "Idempotency-Key"?: string;
                /** @description The record's ETag (required for a shared note; ignored for a private one). */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    private?: boolean;
                    text: string;
                };
            };
        };
        responses: {
            /** @description The new note (a shared note as `message` with the record's new ETag; a private one as `privateNote`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: {
                            attachments: {
                                contentType: string;
                                filename: string;
                                id: string;
                                inline: boolean;
                                size: number;
                                url: string;
                            }[];
                            author: {
                                id: string | null;
                                /** @enum {string} */
                                kind: "person" | "user" | "system";
                                name: string;
                            };
                            automatic: ("autoReply" | "bulk" | "bounce" | "deliveryReport" | "ownAddress") | null;
                            cc: {
                                address: string;
                                name: string;
                            }[];
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "pending" | "sending" | "sent" | "failed";
                            } | null;
                            /** @enum {string} */
                            direction: "in" | "out";
                            edits: {
                                at: string;
                                /** @enum {string} */
                                field: "visibility" | "subject" | "text";
                                from: string;
                                to: string;
                                userId: string;
                                userName: string;
                            }[];
                            flagged?: boolean;
                            from: {
                                address: string;
                                name: string;
                            } | null;
                            html: string | null;
                            id: string;
                            mail: {
                                inReplyTo: string | null;
                                messageId: string;
                            } | null;
                            purpose: ("acknowledgement" | "reply" | "forward") | null;
                            subject: string;
                            text: string;
                            to: {
                                address: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            visibility: "external" | "internal";
                            visibleText: string;
                        };
                    } | {
                        privateNote: {
                            at: string;
                            id: string;
                            recordId: string;
                            text: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The Idempotency-Key was used before with another case or another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listPrivateNotes: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your private notes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            at: string;
                            id: string;
                            recordId: string;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    deletePrivateNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                noteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    parkRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; without it the current version is taken. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    forUserId: string;
                };
            };
        };
        responses: {
            /** @description The case after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Parked already, closed, nothing parked, or picked up already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    pickUpRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: the ETag you read; without it the current version is taken. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Parked already, closed, nothing parked, or picked up already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    postponeRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    until: string;
                };
            };
        };
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The record is not in a state for this action (or, for accept, someone else has it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    reopenRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The record is not in a state for this action (or, for accept, someone else has it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    replyToCustomer: {
        parameters: {
            query?: never;
            header: {
                /** @description A key you choose per message (8–100 letters, digits, . _ : -); a retry of the same request on the same case answers with the first message and never sends twice; the key with another case or body is a 422. */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    attachments?: {
                        contentBase64: string;
                        contentType: string;
                        filename: string;
                    }[];
                    /** @default [] */
                    bcc?: string[];
                    /** @default [] */
                    cc?: string[];
                    conversationId?: string;
                    onBehalfOf?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description The new message; the record's new ETag in the ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: {
                            attachments: {
                                contentType: string;
                                filename: string;
                                id: string;
                                inline: boolean;
                                size: number;
                                url: string;
                            }[];
                            author: {
                                id: string | null;
                                /** @enum {string} */
                                kind: "person" | "user" | "system";
                                name: string;
                            };
                            automatic: ("autoReply" | "bulk" | "bounce" | "deliveryReport" | "ownAddress") | null;
                            cc: {
                                address: string;
                                name: string;
                            }[];
                            createdAt: string;
                            delivery: {
                                attempts: number;
                                lastError: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                state: "pending" | "sending" | "sent" | "failed";
                            } | null;
                            /** @enum {string} */
                            direction: "in" | "out";
                            edits: {
                                at: string;
                                /** @enum {string} */
                                field: "visibility" | "subject" | "text";
                                from: string;
                                to: string;
                                userId: string;
                                userName: string;
                            }[];
                            flagged?: boolean;
                            from: {
                                address: string;
                                name: string;
                            } | null;
                            html: string | null;
                            id: string;
                            mail: {
                                inReplyTo: string | null;
                                messageId: string;
                            } | null;
                            purpose: ("acknowledgement" | "reply" | "forward") | null;
                            subject: string;
                            text: string;
                            to: {
                                address: string;
                                name: string;
                            }[];
                            /** @enum {string} */
                            visibility: "external" | "internal";
                            visibleText: string;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The files of the message (new and forwarded together) are over the mail service's limit, which the problem names; nothing written */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The Idempotency-Key was used before with another case or another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    renderReplyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filled text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "en" | "da" | "sv";
                        text: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    splitRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    messageIds: string[];
                    ownerId?: string | null;
                    /** @enum {string} */
                    status?: "new" | "active" | "waiting" | "resolved" | "closed";
                    title: string;
                };
            };
        };
        responses: {
            /** @description The new case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The new case's id is taken by another split (another user chose the same messages) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listSuggestedContacts: {
        parameters: {
            query?: {
                chatId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suggested people */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            reasons: ({
                                /** @constant */
                                kind: "owner";
                            } | {
                                /** @constant */
                                kind: "team";
                                teamId: string;
                                teamName: string;
                            } | {
                                at: string;
                                /** @constant */
                                kind: "activity";
                                /** @enum {string} */
                                what: "joined" | "wroteInChat" | "changedRecord";
                            } | {
                                /** @constant */
                                kind: "sameCustomer";
                                number: string;
                                recordId: string;
                                /** @enum {string} */
                                via: "person" | "company";
                            } | {
                                /** @constant */
                                kind: "similarCase";
                                number: string;
                                recordId: string;
                                score: number;
                                title: string;
                            })[];
                            userId: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Teams could not list the chat's members */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                continuation?: string;
                hidden?: "exclude" | "include";
                kinds?: string;
                limit?: number;
            };
            header?: {
                /** @description The ETag of the page you have: 304 when nothing changed (E3: poll cheaply). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the timeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        hiddenCount: number;
                        items: {
                            actor: {
                                displayName: string;
                                id: string;
                            } | null;
                            at: string;
                            chatId: string | null;
                            chatName: string | null;
                            connected: {
                                at: string;
                                by: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            fromStatus: string | null;
                            hidden: boolean;
                            id: string;
                            /** @enum {string} */
                            kind: "chatConnected" | "chatDisconnected" | "participantsAdded" | "memberJoined" | "lastMessage" | "recordCreated" | "recordAssigned" | "statusChanged" | "recordClosed" | "recordReopened" | "messageReceived" | "replySent" | "noteAdded" | "caseLinked" | "recordAccepted" | "recordTransferred" | "recordPostponed" | "messageForwarded" | "messageEdited" | "caseSplit" | "chatSession" | "recordParked" | "recordPickedUp" | "privateNote";
                            linkedRecordId: string | null;
                            message: {
                                /** @enum {string} */
                                channel: "email" | "webform" | "phone" | "chat";
                                conversationId: string;
                                messageId: string;
                                person: {
                                    id: string;
                                    name: string;
                                } | null;
                                subject: string;
                            } | null;
                            note: string | null;
                            onBehalfOf: {
                                displayName: string;
                                id: string;
                            } | null;
                            openUrl: string | null;
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            text: string | null;
                            toStatus: string | null;
                            until: string | null;
                            userIds: string[];
                        }[];
                    };
                };
            };
            /** @description Unchanged since the ETag you sent */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    hideTimelineEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    showTimelineEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    transferRecord: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    userId: string;
                };
            };
        };
        responses: {
            /** @description The record after the action (with its new ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canWrite: boolean;
                        createdAt: string;
                        customFields: {
                            [key: string]: string | number | boolean | null;
                        };
                        description?: string;
                        etag: string;
                        favorite?: boolean;
                        id: string;
                        number: string;
                        owner?: {
                            displayName: string;
                            id: string;
                        } | null;
                        owningTeam?: {
                            id: string;
                            name: string;
                        } | null;
                        parked?: {
                            at: string;
                            by: {
                                displayName: string;
                                id: string;
                            };
                            for: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        person?: {
                            company: {
                                id: string;
                                name: string;
                            } | null;
                            email: string | null;
                            id: string;
                            name: string;
                            phone: string | null;
                        } | null;
                        postponedUntil?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "normal" | "high" | "urgent";
                        /** @enum {string} */
                        status: "new" | "active" | "waiting" | "resolved" | "closed";
                        teamsUrl: string | null;
                        title: string;
                        type: string;
                        updatedAt: string;
                        url: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listReplyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            etag: string;
                            id: string;
                            name: string;
                            texts: {
                                da?: {
                                    body: string;
                                };
                                en?: {
                                    body: string;
                                };
                                sv?: {
                                    body: string;
                                };
                            };
                            updatedAt: string;
                            updatedBy: string;
                        }[];
                        placeholders: string[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    createReplyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    texts: {
                        da?: {
                            body: string;
                        };
                        en?: {
                            body: string;
                        };
                        sv?: {
                            body: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        id: string;
                        name: string;
                        texts: {
                            da?: {
                                body: string;
                            };
                            en?: {
                                body: string;
                            };
                            sv?: {
                                body: string;
                            };
                        };
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    replaceReplyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version the change is based on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    texts: {
                        da?: {
                            body: string;
                        };
                        en?: {
                            body: string;
                        };
                        sv?: {
                            body: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        id: string;
                        name: string;
                        texts: {
                            da?: {
                                body: string;
                            };
                            en?: {
                                body: string;
                            };
                            sv?: {
                                body: string;
                            };
                        };
                        updatedAt: string;
                        updatedBy: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    deleteReplyTemplate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version the change is based on. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getReplyTemplatesAudit: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            actor: {
                                displayName: string;
                                id: string;
                            };
                            at: string;
                            id: string;
                            newValue: unknown;
                            oldValue: unknown;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listSessions: {
        parameters: {
            query?: {
                delegator?: string;
                view?: "mine" | "live" | "delegated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open sessions, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actingFor: {
                                displayName: string;
                                id: string;
                            } | null;
                            agent: {
                                displayName: string;
                                id: string;
                            } | null;
                            closedAt: string | null;
                            createdAt: string;
                            id: string;
                            lastActivityAt: string;
                            lastSeq: number;
                            listeners: {
                                displayName: string;
                                id: string;
                            }[];
                            parked: {
                                at: string;
                                byUser: {
                                    displayName: string;
                                    id: string;
                                };
                                forUser: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            personId: string | null;
                            recordId: string | null;
                            siteId: string;
                            /** @enum {string} */
                            status: "queued" | "active" | "closed";
                            transfer: {
                                byUserId: string;
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                expiresAt: string;
                                fromUserId: string;
                                id: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                toUserId: string;
                            } | null;
                            visitor: {
                                email: string | null;
                                /** @enum {string} */
                                locale: "en" | "da" | "sv";
                                name: string | null;
                                verified: boolean;
                            };
                            waitingSince: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: {
                before?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            at: string;
                            authorId: string | null;
                            authorName: string | null;
                            clientId: string | null;
                            /** @enum {string} */
                            kind: "customer" | "agent" | "system";
                            note: {
                                /** @enum {string} */
                                key: "started" | "queued" | "agentJoined" | "transferPending" | "transferAccepted" | "transferDeclined" | "transferCancelled" | "transferExpired" | "takenOver" | "closedByAgent" | "closedByVisitor" | "caseMade" | "agentLeft" | "takenFor" | "parked" | "pickedUp";
                                params: {
                                    [key: string]: string;
                                };
                            } | null;
                            onBehalfOfId?: string;
                            seq: number;
                            text: string;
                        }[];
                        more: boolean;
                        /** @enum {string} */
                        role: "agent" | "listener" | "viewer" | "transferTarget";
                        session: {
                            actingFor: {
                                displayName: string;
                                id: string;
                            } | null;
                            agent: {
                                displayName: string;
                                id: string;
                            } | null;
                            closedAt: string | null;
                            createdAt: string;
                            id: string;
                            lastActivityAt: string;
                            lastSeq: number;
                            listeners: {
                                displayName: string;
                                id: string;
                            }[];
                            parked: {
                                at: string;
                                byUser: {
                                    displayName: string;
                                    id: string;
                                };
                                forUser: {
                                    displayName: string;
                                    id: string;
                                };
                            } | null;
                            personId: string | null;
                            recordId: string | null;
                            siteId: string;
                            /** @enum {string} */
                            status: "queued" | "active" | "closed";
                            transfer: {
                                byUserId: string;
                                createdAt: string;
                                decidedAt: string | null;
                                decidedBy: string | null;
                                expiresAt: string;
                                fromUserId: string;
                                id: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                                toUserId: string;
                            } | null;
                            visitor: {
                                email: string | null;
                                /** @enum {string} */
                                locale: "en" | "da" | "sv";
                                name: string | null;
                                verified: boolean;
                            };
                            waitingSince: string | null;
                        };
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    makeCaseOfSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown | {
                    title?: string | null;
                };
            };
        };
        responses: {
            /** @description The new case */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: string;
                        recordId: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    closeSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Closed already, someone else handles it now (named), or you only listen (use leave) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listSessionEntries: {
        parameters: {
            query?: {
                after?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            at: string;
                            authorId: string | null;
                            authorName: string | null;
                            clientId: string | null;
                            /** @enum {string} */
                            kind: "customer" | "agent" | "system";
                            note: {
                                /** @enum {string} */
                                key: "started" | "queued" | "agentJoined" | "transferPending" | "transferAccepted" | "transferDeclined" | "transferCancelled" | "transferExpired" | "takenOver" | "closedByAgent" | "closedByVisitor" | "caseMade" | "agentLeft" | "takenFor" | "parked" | "pickedUp";
                                params: {
                                    [key: string]: string;
                                };
                            } | null;
                            onBehalfOfId?: string;
                            seq: number;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    leaveSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    postSessionMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    clientId?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description The entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        at: string;
                        authorId: string | null;
                        authorName: string | null;
                        clientId: string | null;
                        /** @enum {string} */
                        kind: "customer" | "agent" | "system";
                        note: {
                            /** @enum {string} */
                            key: "started" | "queued" | "agentJoined" | "transferPending" | "transferAccepted" | "transferDeclined" | "transferCancelled" | "transferExpired" | "takenOver" | "closedByAgent" | "closedByVisitor" | "caseMade" | "agentLeft" | "takenFor" | "parked" | "pickedUp";
                            params: {
                                [key: string]: string;
                            };
                        } | null;
                        onBehalfOfId?: string;
                        seq: number;
                        text: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    parkSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    forUserId: string;
                };
            };
        };
        responses: {
            /** @description The session, parked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not a delegate of `forUserId` (any more), not handling the session, or not handling it for them: the detail says which */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Closed, parked already, or a transfer is pending (named) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    pickUpSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session, yours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is parked for someone else (named) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Nothing is parked (any more): picked up already, taken by a colleague, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    takeOverSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": unknown | {
                    expectedAgentId?: string | null;
                    onBehalfOf?: string;
                };
            };
        };
        responses: {
            /** @description The session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Someone else handles it now (another manager took it over, or it was transferred: the detail names them), or it is closed or already yours */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    transferSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    toUserId: string;
                };
            };
        };
        responses: {
            /** @description The pending transfer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        byUserId: string;
                        createdAt: string;
                        decidedAt: string | null;
                        decidedBy: string | null;
                        expiresAt: string;
                        fromUserId: string;
                        id: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                        toUserId: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description A transfer is pending already, the colleague is not present (named), or the session is not active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    acceptSessionTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    cancelSessionTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    declineSessionTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session after the decision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actingFor: {
                            displayName: string;
                            id: string;
                        } | null;
                        agent: {
                            displayName: string;
                            id: string;
                        } | null;
                        closedAt: string | null;
                        createdAt: string;
                        id: string;
                        lastActivityAt: string;
                        lastSeq: number;
                        listeners: {
                            displayName: string;
                            id: string;
                        }[];
                        parked: {
                            at: string;
                            byUser: {
                                displayName: string;
                                id: string;
                            };
                            forUser: {
                                displayName: string;
                                id: string;
                            };
                        } | null;
                        personId: string | null;
                        recordId: string | null;
                        siteId: string;
                        /** @enum {string} */
                        status: "queued" | "active" | "closed";
                        transfer: {
                            byUserId: string;
                            createdAt: string;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            expiresAt: string;
                            fromUserId: string;
                            id: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled" | "expired";
                            toUserId: string;
                        } | null;
                        visitor: {
                            email: string | null;
                            /** @enum {string} */
                            locale: "en" | "da" | "sv";
                            name: string | null;
                            verified: boolean;
                        };
                        waitingSince: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such session in your tenant, or none you may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        settings: {
                            autoNameChats: boolean;
                            disconnect: {
                                lastConnectorMay: boolean;
                            };
                            intake: {
                                acknowledgement: {
                                    enabled: boolean;
                                    templates: {
                                        da: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                        en: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                        sv: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                    };
                                };
                                replyToClosed: {
                                    /** @enum {string} */
                                    action: "reopen" | "newCase";
                                    reopenWithinDays: number;
                                };
                                supportAddress: string | null;
                            };
                            introMessage: {
                                enabled: boolean;
                                fields: string[];
                            };
                            joinChat: boolean;
                            suggestedContacts: {
                                owner: boolean;
                                owningTeam: boolean;
                                sameCustomer: boolean;
                                similarCases: boolean;
                                timelineActivity: boolean;
                            };
                            teamsChat: boolean;
                            timelineChatEntries: boolean;
                            transcript: {
                                enabled: boolean;
                                retentionDays: number;
                            };
                        };
                        type: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    autoNameChats?: boolean;
                    disconnect?: {
                        lastConnectorMay?: boolean;
                    };
                    intake?: {
                        acknowledgement?: {
                            enabled?: boolean;
                            templates?: {
                                da?: {
                                    body: string;
                                    subject: string;
                                } | null;
                                en?: {
                                    body: string;
                                    subject: string;
                                } | null;
                                sv?: {
                                    body: string;
                                    subject: string;
                                } | null;
                            };
                        };
                        replyToClosed?: {
                            /** @enum {string} */
                            action?: "reopen" | "newCase";
                            reopenWithinDays?: number;
                        };
                        supportAddress?: string | null;
                    };
                    introMessage?: {
                        enabled?: boolean;
                        fields?: string[];
                    };
                    joinChat?: boolean;
                    suggestedContacts?: {
                        owner?: boolean;
                        owningTeam?: boolean;
                        sameCustomer?: boolean;
                        similarCases?: boolean;
                        timelineActivity?: boolean;
                    };
                    teamsChat?: boolean;
                    timelineChatEntries?: boolean;
                    transcript?: {
                        enabled?: boolean;
                        retentionDays?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Settings after the change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        etag: string;
                        settings: {
                            autoNameChats: boolean;
                            disconnect: {
                                lastConnectorMay: boolean;
                            };
                            intake: {
                                acknowledgement: {
                                    enabled: boolean;
                                    templates: {
                                        da: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                        en: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                        sv: {
                                            body: string;
                                            subject: string;
                                        } | null;
                                    };
                                };
                                replyToClosed: {
                                    /** @enum {string} */
                                    action: "reopen" | "newCase";
                                    reopenWithinDays: number;
                                };
                                supportAddress: string | null;
                            };
                            introMessage: {
                                enabled: boolean;
                                fields: string[];
                            };
                            joinChat: boolean;
                            suggestedContacts: {
                                owner: boolean;
                                owningTeam: boolean;
                                sameCustomer: boolean;
                                similarCases: boolean;
                                timelineActivity: boolean;
                            };
                            teamsChat: boolean;
                            timelineChatEntries: boolean;
                            transcript: {
                                enabled: boolean;
                                retentionDays: number;
                            };
                        };
                        type: string;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getSettingsAudit: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            actor: {
                                displayName: string;
                                id: string;
                            };
                            at: string;
                            id: string;
                            newValue: unknown;
                            oldValue: unknown;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    previewIntroCard: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Adaptive Card */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        card: {
                            [key: string]: unknown;
                        };
                        recordNumber: string | null;
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description No such record in your tenant, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getDelegationPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegateRoleIds: string[];
                        delegatorRoleIds: string[];
                        enabled: boolean;
                        etag: string;
                        roles: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    putDelegationPolicy: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change is based on. */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    delegateRoleIds: string[];
                    delegatorRoleIds: string[];
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The policy as saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegateRoleIds: string[];
                        delegatorRoleIds: string[];
                        enabled: boolean;
                        etag: string;
                        roles: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Changed since you read it: read it again */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description If-Match missing */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getDelegationPolicyAudit: {
        parameters: {
            query?: {
                continuation?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        continuation: string | null;
                        items: {
                            actor: {
                                displayName: string;
                                id: string;
                            };
                            at: string;
                            id: string;
                            newValue: unknown;
                            oldValue: unknown;
                            path: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teams, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Users, by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            displayName: string;
                            email: string;
                            id: string;
                            teamIds: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid input */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Missing or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    devListOutbox: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent mail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            messageId: string;
                            raw: string;
                            sentAt: string;
                            subject: string;
                            to: string[];
                        }[];
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    devIssueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                };
            };
        };
        responses: {
            /** @description A token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string;
                        token: string;
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    devListUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Demo users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: {
                            displayName: string;
                            email: string;
                            id: string;
                            roleNames: string[];
                            teamNames: string[];
                            tenantId: string;
                            tenantName: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    getWebForm: {
        parameters: {
            query?: {
                /** @description Page language; else Accept-Language. */
                lang?: "en" | "da" | "sv";
            };
            header?: never;
            path: {
                recordType: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challenge?: Record<string, never>;
                        started?: string;
                    };
                    "text/html": string;
                };
            };
            /** @description No such tenant or record type with a form */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
        };
    };
    submitWebForm: {
        parameters: {
            query?: {
                /** @description Page language; else Accept-Language. */
                lang?: "en" | "da" | "sv";
            };
            header?: never;
            path: {
                recordType: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description base64 of JSON `{ challenge, solution }`: the solved ALTCHA v2 challenge (SHA-256). */
                    altcha: string;
                    /** Format: email */
                    email: string;
                    message: string;
                    name: string;
                    /** @description The signed fill-time token from the page (or GET as JSON). */
                    started: string;
                    subject: string;
                    /** @description Honeypot: must be empty. */
                    website?: string;
                };
                "multipart/form-data": {
                    /** @description base64 of JSON `{ challenge, solution }`: the solved ALTCHA v2 challenge (SHA-256). */
                    altcha: string;
                    /**
                     * Format: binary
                     * @description Optional, at most 5242880 bytes: pdf, png, jpg, jpeg, gif, webp, txt, csv, docx, xlsx
                     */
                    attachment?: string;
                    /** Format: email */
                    email: string;
                    message: string;
                    name: string;
                    /** @description The signed fill-time token from the page (or GET as JSON). */
                    started: string;
                    subject: string;
                    /** @description Honeypot: must be empty. */
                    website?: string;
                };
            };
        };
        responses: {
            /** @description Thank-you page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Accepted (Accept: application/json) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        intakeId: string;
                    };
                };
            };
            /** @description Fill-time token too young, expired or forged; proof of work missing, invalid or replayed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
            /** @description No such tenant or record type with a form */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
            /** @description Request larger than the limits */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
            /** @description Not a form body */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
            /** @description Field errors */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
            /** @description Too many submissions from this address or for this e-mail address (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": Record<string, never>;
                    "text/html": string;
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
            /** @description Too many requests: wait for Retry-After seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        conditions?: ("chatNotConnected" | "joinChatOff" | "noWriteAccess")[];
                        detail?: string;
                        errors?: {
                            message: string;
                            path: string;
                        }[];
                        offer?: {
                            /** @constant */
                            action: "newConnectedChat";
                            memberIds: string[];
                        };
                        status: number;
                        title: string;
                        type: string;
                    };
                };
            };
            /** @description Storage unreachable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
        };
    };
}
