/** Activities as Teams sends them to /api/messages: chat messages, card actions, link unfurls. */
import type { RunningApp } from '../bot/src/app';
import type { LocalCosmos } from '../bot/src/sandbox/local-cosmos';
import type { CreatedChat } from './chats';
import { percentile, rate } from './measure';
import type { Step } from './progress';

export const TENANT_ID = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
/** The connector the message and unfurl activities name; the bench server allows it (CASEBRIDGE_ALLOWED_SERVICE_URLS). */
export const BENCH_SERVICE_URL = 'http://127.0.0.1:9/';
export const CONCURRENCY_MESSAGES = 32;
const MADS = 'a5e1d0c2-0000-4a00-8000-000000000002';

/** Chat messages reaching the bot, beside the same conditional patch sent straight through the SDK. */
export async function measureMessages(app: RunningApp, step: Step) {
  const chats = 50;
  const count = Number(process.env.BENCH_MESSAGES ?? 4000);
  step(`${chats * 2} chat states`);
  for (let c = 0; c < chats; c++) {
    for (const prefix of ['bench', 'raw']) {
      await app.store.chats.createChatState({ tenantId: TENANT_ID, chatId: `19:${prefix}-${c}@thread.v2`, serviceUrl: BENCH_SERVICE_URL, appInstalled: true, expectingInstall: false, pendingIntros: [], updatedAt: new Date().toISOString() });
    }
  }
  const at = (i: number) => Date.UTC(2026, 10, 23) + i;
  step(`raw SDK: ${count} conditional patches, ${CONCURRENCY_MESSAGES} in flight`);
  const rawPerSecond = await rate(count, CONCURRENCY_MESSAGES, async (i) => {
    await app.store.chats.recordLastMessage(TENANT_ID, `19:raw-${i % chats}@thread.v2`, { id: String(i), fromUserId: null, fromName: 'x', at: new Date(at(i)).toISOString(), atMs: at(i) });
  });
  step(`/api/messages: ${count} message activities, ${CONCURRENCY_MESSAGES} in flight`);
  const perSecond = await rate(count, CONCURRENCY_MESSAGES, async (i) => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message', id: String(i), timestamp: new Date(at(i)).toISOString(), text: 'hi', channelId: 'msteams', serviceUrl: BENCH_SERVICE_URL,
        from: { id: '29:1bench', aadObjectId: 'a5e1d0c2-0000-4a00-8000-000000000003', name: 'Sofie Kristensen' },
        conversation: { id: `19:bench-${i % chats}@thread.v2`, conversationType: 'groupChat', tenantId: TENANT_ID, isGroup: true },
        recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' }, channelData: { tenant: { id: TENANT_ID } },
      }),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`message activity answered ${res.status}`);
  });
  return { count, chats, rawPerSecond, perSecond };
}

export type MessagesResult = Awaited<ReturnType<typeof measureMessages>>;

/** Link unfurls (composeExtension/queryLink) of random records among many. */
export async function measureUnfurl(app: RunningApp, cosmos: LocalCosmos, step: Step) {
  const records = Number(process.env.BENCH_UNFURL_RECORDS ?? 100_000);
  const now = new Date().toISOString();
  step(`storing ${records.toLocaleString('en')} records (the longest step)`);
  await rate(records, 32, async (i) => {
    const id = `bench-${i}`;
    await app.store.records.create({
      id, tenantId: TENANT_ID, type: 'case', number: `CAS-${String(100000 + i)}`, title: `Bench record ${i}`, description: '', status: 'active', priority: 'normal',
      ownerId: MADS, owningTeamId: 'team-dk', personId: null, customFields: {}, createdAt: now, updatedAt: now,
      createdBy: 'bench', updatedBy: 'bench', searchText: `bench record ${i}`,
    });
  });
  const samples = 500;
  const times: number[] = [];
  const requests: number[] = [];
  step(`${samples} unfurls, one after another`);
  for (let i = 0; i < samples; i++) {
    const id = `bench-${Math.floor(Math.random() * records)}`;
    const before = cosmos.requestCount();
    const started = performance.now();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke', name: 'composeExtension/queryLink', id: `f:${i}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: BENCH_SERVICE_URL, locale: 'en-US',
        from: { id: '29:1bench', aadObjectId: MADS },
        conversation: { id: '19:bench@thread.v2', conversationType: 'groupChat', tenantId: TENANT_ID }, recipient: { id: '28:casebridge-local-bot' },
        channelData: { tenant: { id: TENANT_ID } }, value: { url: `${app.config.publicUrl}/records/case/${id}` },
      }),
    });
    const text = await res.text();
    times.push(performance.now() - started);
    requests.push(cosmos.requestCount() - before);
    if (res.status !== 200 || !text.includes('Bench record')) throw new Error(`unfurl answered ${res.status}`);
  }
  return { records, samples, p50: percentile(times, 50), p99: percentile(times, 99), cosmosPerUnfurl: percentile(requests, 50) };
}

export type UnfurlResult = Awaited<ReturnType<typeof measureUnfurl>>;

/** F5: card actions as Teams sends them (adaptiveCard/action to /api/messages) on a connected chat's intro card. */
export async function measureCardActions(app: RunningApp, cosmos: LocalCosmos, chat: CreatedChat, step: Step) {
  const view = (await (await fetch(`${app.url}/sandbox/api/chats/${encodeURIComponent(chat.chatId)}`)).json()) as { messages: Array<{ id: string; kind: string; attachments: Array<{ content: { refresh?: { action: { data: Record<string, unknown> } } } }> }> };
  const intro = view.messages.find((m) => m.kind === 'bot' && m.attachments[0]?.content.refresh);
  if (!intro) throw new Error('no intro card to act on');
  let data = intro.attachments[0]?.content.refresh?.action.data ?? {};
  const send = async (verb: string, extra: Record<string, unknown>) => {
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke', name: 'adaptiveCard/action', id: `f:${Math.random()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: `${app.url}/sandbox/connector/`, locale: 'da-DK',
        from: { id: `29:${MADS}`, aadObjectId: MADS }, conversation: { id: chat.chatId, conversationType: 'groupChat', tenantId: TENANT_ID, isGroup: true }, recipient: { id: '28:casebridge-local-bot' },
        channelData: { tenant: { id: TENANT_ID }, source: { name: 'message' } }, replyToId: intro.id,
        value: { action: { type: 'Action.Execute', verb, data: { ...data, ...extra } }, trigger: verb === 'refresh' ? 'automatic' : 'manual' },
      }),
    });
    const body = (await res.json()) as { statusCode: number; value: { refresh?: { action: { data: Record<string, unknown> } } } };
    if (res.status !== 200 || body.statusCode !== 200) throw new Error(`card action answered ${res.status}`);
    data = body.value.refresh?.action.data ?? data;
  };
  const samples = 200;
  const refresh: number[] = [];
  const refreshRequests: number[] = [];
  step(`${samples} automatic refreshes`);
  for (let i = 0; i < samples; i++) {
    const before = cosmos.requestCount();
    const started = performance.now();
    await send('refresh', {});
    refresh.push(performance.now() - started);
    refreshRequests.push(cosmos.requestCount() - before);
  }
  const changes = 50;
  const change: number[] = [];
  const changeRequests: number[] = [];
  const redraw: number[] = [];
  step(`${changes} status changes, each until redrawn (sends to one chat are 510 ms apart: about ${Math.round(changes * 0.51)} s)`);
  for (let i = 0; i < changes; i++) {
    const before = cosmos.requestCount();
    const started = performance.now();
    await send('setStatus', { status: i % 2 === 0 ? 'waiting' : 'active' });
    change.push(performance.now() - started);
    changeRequests.push(cosmos.requestCount() - before);
    await app.cardUpdates();
    redraw.push(performance.now() - started);
  }
  return {
    samples, changes,
    refresh: { p50: percentile(refresh, 50), p99: percentile(refresh, 99), cosmos: percentile(refreshRequests, 50) },
    change: { p50: percentile(change, 50), p99: percentile(change, 99), cosmos: percentile(changeRequests, 50) },
    redraw: { p50: percentile(redraw, 50), p99: percentile(redraw, 99) },
  };
}

export type CardActionsResult = Awaited<ReturnType<typeof measureCardActions>>;
