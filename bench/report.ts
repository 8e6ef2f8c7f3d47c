/** docs/performance.md from the bench results; a partial run renders the sections it measured. */
import type { CardActionsResult, MessagesResult, UnfurlResult } from './activities';
import { CONCURRENCY_MESSAGES } from './activities';
import { CHAT_MESSAGES, CHAT_REPLIES, OPEN_CONCURRENCY, type ChatResult } from './chat';
import type { ChatCreationResult, JoinResult } from './chats';
import type { MailResult } from './mail';
import { CONNECTIONS, DURATION_S, WARMUP_S, type Figures } from './measure';
import type { RecordReadResult } from './record-read';
import type { TimelineResult } from './timeline';
import { SEQUENTIAL, type QueuesResult } from './queues';
import { contactsSection, type ContactsResult } from './contacts';

export interface Results {
  recordRead: RecordReadResult;
  chats: ChatCreationResult;
  joins: JoinResult;
  cards: CardActionsResult;
  messages: MessagesResult;
  timeline: TimelineResult;
  unfurls: UnfurlResult;
  mail: MailResult;
  queues: QueuesResult;
  chat: ChatResult;
  contacts: ContactsResult;
}

const ms = (value: number) => value.toFixed(1);
const row = (name: string, f: Figures) => `| ${name} | ${Math.round(f.requestsPerSecond)} | ${ms(f.p50)} | ${ms(f.p99)} | ${f.errors + f.non2xx} |`;
const percent = (ratio: number) => `**${(ratio * 100).toFixed(1)} %** (ratio ${ratio.toFixed(3)})`;

function recordRead(r: RecordReadResult): string {
  const reads = r.rawReads.length;
  return `## Record read (GET /api/records/{id})

The same record, ${CONNECTIONS} requests in flight for ${DURATION_S} s after a ${WARMUP_S} s warm-up, for each of three paths in
the same run: Casebridge through the whole stack; the record's ${reads} point reads (${r.rawReads.join(' → ')}) sent
straight through @azure/cosmos (\`container.item(id, pk).read()\`, one after another as the read
needs them, on the app's own client, against the same local database); and a bare restify route
answering the same JSON from memory.

| path | per second | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${row('bare restify, same JSON from memory', r.bare)}
${row(`raw SDK, ${reads} point reads per operation`, r.raw)}
${row('Casebridge, full stack', r.casebridge)}

Casebridge reaches ${percent(r.casebridge.requestsPerSecond / r.raw.requestsPerSecond)} of the raw point-read rate: the figure to watch, as
those reads are the storage work every record read must do. Against the bare endpoint (HTTP
alone): ${percent(r.casebridge.requestsPerSecond / r.bare.requestsPerSecond)}.
Cosmos DB requests per record read: **${r.cosmosPerRead}**${r.cosmosPerRead === reads ? '' : ` (the raw floor makes ${reads}; the rest is work beyond the record's point reads)`}.
`;
}

function chats(c: ChatCreationResult): string {
  return `## Creating a connected chat (POST /api/records/{id}/chats)

${c.count} chats created one after another against the local Teams sandbox. Server time excludes the
time spent waiting for Microsoft Graph (the sandbox here; Teams in production), measured around every
Graph call.

| figure | p50 ms | p95 ms |
|---|---|---|
| whole request | ${ms(c.total.p50)} | ${ms(c.total.p95)} |
| Graph calls (${c.graphCallsPerCreation} per creation) | ${ms(c.graph.p50)} | ${ms(c.graph.p95)} |
| **server time without Graph** | **${ms(c.server.p50)}** | **${ms(c.server.p95)}** |

Cosmos DB requests per creation: **${c.cosmosPerCreation}** (median).
`;
}

function joins(j: JoinResult): string {
  return `## Joining a chat (POST /api/records/{id}/chats/{chatId}/join)

${j.count} joins, one after another, each into a chat the expert is not in. Server time excludes the
Graph calls (list members and add the member, as the app); it includes posting the "joined"
message through the Bot Framework connector (the sandbox here).

| figure | p50 ms | p95 ms |
|---|---|---|
| whole request | ${ms(j.total.p50)} | ${ms(j.total.p95)} |
| Graph calls | ${ms(j.graph.p50)} | ${ms(j.graph.p95)} |
| **server time without Graph** | **${ms(j.server.p50)}** | **${ms(j.server.p95)}** |
`;
}

function messages(m: MessagesResult): string {
  return `## Chat messages reaching the bot (POST /api/messages)

${m.count} message activities from ${m.chats} connected chats, ${CONCURRENCY_MESSAGES} at a time. Each updates its chat's
last message with one conditional Cosmos patch and no read. The raw rate is the same patch sent
straight through the SDK, at the same concurrency, in the same run.

| path | activities/s |
|---|---|
| raw Cosmos conditional patch | ${Math.round(m.rawPerSecond)} |
| through /api/messages (Bot Framework + Casebridge) | ${Math.round(m.perSecond)} |

Casebridge reaches **${((m.perSecond / m.rawPerSecond) * 100).toFixed(0)} %** of the raw patch rate (goal: at least 50 %).
`;
}

function timeline(t: TimelineResult): string {
  return `## Timeline page (GET /api/records/{id}/timeline?limit=50)

A record with ${t.entries.toLocaleString('en')} timeline entries: p50 **${ms(t.p50)} ms**, p99 **${ms(t.p99)} ms** over ${t.samples} first pages.
`;
}

function cards(c: CardActionsResult): string {
  return `## Record card actions (adaptiveCard/action)

Invokes as Teams sends them, to /api/messages, on the intro card of a connected chat, one after
another: ${c.samples} automatic refreshes (a member's own view) and ${c.changes} status changes from the card.

| figure | p50 ms | p99 ms | Cosmos requests (median) |
|---|---|---|---|
| refresh: the member's view | ${ms(c.refresh.p50)} | ${ms(c.refresh.p99)} | ${c.refresh.cosmos} |
| change status: the answer | ${ms(c.change.p50)} | ${ms(c.change.p99)} | ${c.change.cosmos} |
| change status: until every copy in the chat is redrawn | ${ms(c.redraw.p50)} | ${ms(c.redraw.p99)} | |

The redraw goes out after the answer, through the per-conversation send limit (sends to one chat
at least 510 ms apart), so Teams never answers 429 however fast people press buttons. Here the
changes come back to back in one chat, so each redraw waits for its slot after the one before:
the limit, not the work, sets that figure.
`;
}

function unfurls(u: UnfurlResult): string {
  return `## Unfurling a record link (composeExtension/queryLink)

${u.records.toLocaleString('en')} records stored; ${u.samples} unfurls of random records, one after another, as real invoke
activities through /api/messages: server time p50 **${ms(u.p50)} ms**, p99 **${ms(u.p99)} ms** (goal: p99 under
50 ms). Cosmos DB requests per unfurl: **${u.cosmosPerUnfurl}** (median; goal: at most 2).

The embedded Cosmos-compatible server has no indexes: every query, and every conditional patch,
scans the container. Point reads are hash lookups there as in Azure, so the record read and the
creation figures carry over; the query-bound figures (timeline pages, conditional patches) are
upper bounds that Azure Cosmos DB's indexes answer from the index.
`;
}

function mail(m: MailResult): string {
  const ratio = m.perSecond / m.rawPerSecond;
  const perMail = (value: number) => value.toFixed(1);
  const outcomes = Object.entries(m.outcomes).map(([kind, n]) => `${n} ${kind}`).join(', ');
  return `## Mail to stored cases (SMTP → intake → case)

${m.count} plain-text mails of ${(m.mailBytes / 1024).toFixed(1)} KB (MIME), each from its own sender with its own Message-ID, sent
with nodemailer over ${m.concurrency} pooled SMTP connections to the demo tenant's support address, one after
another on each connection. Timed from the first send until every mail is a stored case with its
conversation and message and its acknowledgement is in the local outbox (\`app.mailIdle()\`); the
250 comes only once the raw mail is in the blob store (Azurite) and the intake item in Cosmos.
The floor, in the same run against the same local database: raw @azure/cosmos
\`container.items.create\` of a ${m.rawDocBytes}-byte document, ${m.concurrency} loops one write after another.

| path | per second | p50 ms | p99 ms |
|---|---|---|---|
| raw Cosmos \`items.create\`, ${m.concurrency} in flight | ${Math.round(m.rawPerSecond)} | | |
| SMTP accepted (send → 250) | ${m.acceptedPerSecond.toFixed(1)} | ${ms(m.accept.p50)} | ${ms(m.accept.p99)} |
| **mail → stored case** (send → intake item done) | **${m.perSecond.toFixed(1)}** | ${ms(m.stored.p50)} | ${ms(m.stored.p99)} |

Casebridge stores ${percent(ratio)} of the raw write rate in cases: one mail costs the time of
**${(1 / ratio).toFixed(1)} raw writes**. Per mail: **${perMail(m.cosmosPerMail)} Cosmos requests** (median of single mails: ${m.cosmosByThe250} by the
time the client has the 250, ${m.cosmosAfterThe250} after it; processing starts as the item is stored, so its first
requests can fall before the 250), ${perMail(m.counterRequestsPerMail)} rate-limit counter requests (the acknowledgement limit),
**${perMail(m.blobWritesPerMail)} blob writes** and ${perMail(m.blobReadsPerMail)} blob reads (\`blobMetrics\`: raw mail and attachments; the local outbox
writes two more blobs per acknowledgement past that count, where Azure sends through Graph).
Outcomes: ${outcomes}; acknowledgements sent: **${m.acknowledgements}**.

Each mail is parsed once, before the 250 (to refuse junk then), in a pooled worker thread
(mail/mime-worker.ts: two workers kept and reused, each with its own heap limit and deadline);
processing on the same instance reuses that parse, and only an item resumed after a crash is
parsed again from its blob. The sending of the acknowledgement is a point read and two
ETag-checked writes (claim, sent); the query for due mail runs only on the sender's timer.
`;
}

/** How many times the raw query's median a view's median is. */
function ratioOf(q: QueuesResult, name: string): string {
  const figure = q.figures.find((f) => f.name === name);
  return figure && q.raw.p50 > 0 ? `${(figure.p50 / q.raw.p50).toFixed(2)}×` : 'n/a';
}

function queues(q: QueuesResult): string {
  const worst = q.figures.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  const verdict = worst.p99 < 100
    ? `**Goal met:** every view and search has p99 under 100 ms one request at a time (the slowest, ${worst.name}, ${ms(worst.p99)} ms).`
    : `**Goal not met:** ${worst.name} has p99 ${ms(worst.p99)} ms one request at a time (goal: under 100 ms).`;
  const rows = q.figures.map((f) => `| ${f.name} | \`${f.path}\` | ${ms(f.p50)} | ${ms(f.p99)} | ${Math.round(f.load.requestsPerSecond)} | ${ms(f.load.p99)} | ${f.cosmosRequests} | ${f.load.errors + f.load.non2xx} |`);
  return `## Queues and search among ${q.cases.toLocaleString('en')} cases (H2)

One tenant with ${q.cases.toLocaleString('en')} cases (60 % closed; titles and descriptions in en/da/sv),
written straight into the records container with their text index (bulk upserts), in
**${q.seedSeconds.toFixed(0)} s**. Each row is one request as the tab makes it: latency one at a time
(p50, p99 of ${SEQUENTIAL}), then the rate and p99 with ${CONNECTIONS} in flight (${WARMUP_S} s warm-up + ${DURATION_S} s),
and the Cosmos requests one request makes (the local server's request count, median of 9).

| View | Request | p50 ms | p99 ms | req/s (${CONNECTIONS} in flight) | p99 ms (${CONNECTIONS} in flight) | Cosmos requests | Errors |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${verdict} Baseline in the same run: the query behind "my open cases" sent straight through
\`@azure/cosmos\` on the app's own client, p50 **${ms(q.raw.p50)} ms**, p99 ${ms(q.raw.p99)} ms; the whole request
through Casebridge (token check, access scopes, presentation, the reader's marks) takes
**${ratioOf(q, 'my open cases')}** of that median.

Every view and search is one request from the tab. Azure Cosmos DB serves their predicates
(\`ARRAY_CONTAINS\` on the stored stems, equality on status, owner and team, \`ORDER BY\`
updatedAt or createdAt) from its index. The local server had no index and a query engine that
was quadratic in the container's size; here it runs with the patches in \`patches/\` (linear
engine, AND/OR that stop early, aggregates unsorted, only a page's rows projected, query-plan
requests answered at once) and with \`bot/src/sandbox/cosmos-query-index.ts\`, equality indexes
that hand a query only the items its selective conditions can match (the engine still checks
every condition). Counts are one aggregate query (a \`SUM\` per view); favorites and flags are one
point read of the user's marks. A text search runs one query per ranking tier it needs (one to
three). With ${CONNECTIONS} requests in flight the figures are the queue of one process on this
machine's cores (client, service and database share them), not the latency of one request.
See docs/search.md.
`;
}

function chat(c: ChatResult): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const pair = (f: { p50: number; p99: number } | null | undefined) => (f ? `${ms(f.p50)} / ${ms(f.p99)}` : '');
  const line = (name: string, f: ChatResult['burst']) => `| ${name} | ${f.count} | ${Math.round(f.perSecond)} | ${ms(f.p50)} | ${ms(f.p99)} | ${pair(f.stored)} | ${f.lost} |`;
  const perSession = (c.memory.opened - c.memory.before) / c.sessions;
  const kept = (c.memory.closed - c.memory.before) / c.sessions;
  const agents = c.agents.demo + c.agents.bench;
  const routed = c.routed === c.sessions ? `all ${c.sessions} were routed` : `**only ${c.routed} of ${c.sessions} were routed** (the rest queued; the runs use the routed ones)`;
  const split = c.burst.split;
  return `## Customer chat: ${c.sessions} open sessions (#13)

${c.sessions} customers on real WebSockets to \`/chat/ws\` of the demo site \`web\` (CONTOSO, team-dk), with the
site's allowed Origin: \`hello\`, then \`start\` with the first message, ${OPEN_CONCURRENCY} at a time (${c.open.seconds.toFixed(1)} s;
\`start\` → \`started\` p50 ${ms(c.open.start.p50)} ms, p99 ${ms(c.open.start.p99)} ms). ${agents} agents of team-dk are present (the
${c.agents.demo} demo agents and ${c.agents.bench} bench agents added to the directory; the site's capacity raised to ${c.agents.capacity}
an agent), with the tab's heartbeat: ${routed}. Each agent loads \`GET /api/sessions?view=mine\`
and watches its sessions on the agent socket (\`/api/realtime\`); entries reach it through the
embedded hub (local mode's stand-in for Azure Web PubSub, a WebSocket on the same port).

Latency is one way: from the sender's \`send\` until the receiving socket has the entry, matched
by clientId; both ends are in one client thread (one clock). The \`ack\` column times the same
messages until the customer's \`ack\`, which comes once the entry is stored and published. The baseline in the same run is a bare \`ws\` relay on loopback
handing each frame of a socket to its pair unparsed: the same frames, the same number of
senders, the same pacing (the transport's floor).

| path | messages | per second | p50 ms | p99 ms | until \`ack\` p50 / p99 ms | lost |
|---|---|---|---|---|---|---|
${line(`bare ws relay, every sender at once (${CHAT_MESSAGES} each, the next when the last arrived)`, c.relay.burst)}
${line('**customer → agent**, every session at once, the same way', c.burst)}
${line(`bare ws relay, paced at ${c.pacedRate}/s (round robin over the senders)`, c.relay.paced)}
${line(`**customer → agent**, paced at ${c.pacedRate}/s (half the rate above)`, c.paced)}
${line(`agent → customer, ${CHAT_REPLIES} REST replies a session (\`POST /api/sessions/{id}/messages\`), each agent one after another`, c.replies)}

With all ${c.sessions} sessions writing at once, Casebridge delivers **${Math.round(c.burst.perSecond)} customer messages/s** end to end,
${percent(c.burst.perSecond / c.relay.burst.perSecond)} of the bare relay's rate.${split ? ` The tail there is the first message of each
session: p50 ${ms(split.first.p50)} ms, p99 ${ms(split.first.p99)} ms, against p50 ${ms(split.later.p50)} ms, p99 ${ms(split.later.p99)} ms for the later ones
(the first \`send\` of ${c.sessions} sessions at once, right after they started).` : ''} Paced at half that rate (every
session warm), a customer's message reaches its agent in **${ms(c.paced.p50)} ms** (p50; p99 ${ms(c.paced.p99)} ms),
${(c.paced.p50 / Math.max(0.001, c.relay.paced.p50)).toFixed(1)}× the relay's median. Per customer message: **${c.cosmosPerMessage.toFixed(1)} Cosmos requests** (the session
document's read and ETag replace; the routing sweep's queries during the burst included) and
${c.counterPerMessage.toFixed(2)} to the rate-limit counters (means over the burst). An agent's REST reply is answered in
p50 ${ms(c.replies.post.p50)} ms, p99 ${ms(c.replies.post.p99)} ms.

**Memory per open session: ${kb(perSession)} KB**: heapUsed + external of the server's thread went from ${mib(c.memory.before)}
to ${mib(c.memory.opened)} MiB when the ${c.sessions} sessions were open and watched (GC forced: ${c.memory.gc}). The
clients run in a worker thread, another V8 heap, so this is the server's side alone: the
customer's socket and connection, the agent's watch, the hub subscriptions, and the session
document and its counters in the in-process local Cosmos-compatible server (in Azure those are
in Cosmos DB, not in the instance). After every customer closed its session and every socket
closed: ${mib(c.memory.closed)} MiB, ${kb(kept)} KB a session still held (the closed sessions with their entries, in the local database).
`;
}

/** The document; sections in the bench's order, only those in `results`. */
export function renderReport(results: Partial<Results>, machine: string, date: string): string {
  const sections = [
    results.recordRead && recordRead(results.recordRead),
    results.chats && chats(results.chats),
    results.joins && joins(results.joins),
    results.messages && messages(results.messages),
    results.timeline && timeline(results.timeline),
    results.cards && cards(results.cards),
    results.unfurls && unfurls(results.unfurls),
    results.mail && mail(results.mail),
    results.queues && queues(results.queues),
    results.contacts && contactsSection(results.contacts),
    results.chat && chat(results.chat),
  ].filter((s): s is string => typeof s === 'string');
  return `# Performance

Written by \`npm run bench\` (bench/run.ts) on ${date}. Latencies are percentiles (p50 is the
median); rates are the mean of the run. Client, server and the local Cosmos-compatible server
share one machine and one process, so absolute numbers are lower than in Azure; the ratios and
the request counts are the figures to watch.

Machine: ${machine}.

${sections.join('\n')}`;
}
