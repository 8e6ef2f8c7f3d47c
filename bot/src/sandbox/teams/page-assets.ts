/**
 * The sandbox page's script and style, served as files (/sandbox/sandbox.js, /sandbox/sandbox.css)
 * so the page needs no inline script. Plain browser JavaScript: polls for changes every 2 s,
 * swaps in the server-rendered parts, renders Adaptive Cards with the adaptivecards UMD bundle,
 * sends Action.Execute as Teams' `adaptiveCard/action` invoke (also the automatic refresh), posts,
 * edits and deletes messages as the picked member (the server unfurls links of the app's domain in
 * a post; their cards render under the message like the bot's). Text is inserted with textContent only.
 */

export const PAGE_SCRIPT = String.raw`(() => {
  'use strict';
  const body = document.body;
  const chatId = body.dataset.chat || '';
  let version = Number(body.dataset.version);
  let as = body.dataset.as || '';
  const select = document.getElementById('as');
  const refreshed = new Set();
  const chatUrl = '/sandbox/api/chats/' + encodeURIComponent(chatId);

  const send = (url, method, payload) => fetch(url, {
    method, headers: { 'content-type': 'application/json' }, body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  async function check(res) {
    if (!res.ok) {
      let message = 'HTTP ' + res.status;
      try { const b = await res.json(); if (b && b.error && b.error.message) message = b.error.message; } catch (e) { /* not JSON */ }
      window.alert('Sandbox: ' + message);
    }
    return res;
  }

  async function refresh(force) {
    const q = new URLSearchParams({ tenant: body.dataset.tenant || '', chat: chatId, as, since: force ? '-1' : String(version) });
    const res = await fetch('/sandbox/api/view?' + q.toString());
    if (res.status !== 200) return;
    const data = await res.json();
    version = data.version;
    const messages = document.querySelector('.messages');
    const atBottom = !messages || window.innerHeight + window.scrollY >= document.body.scrollHeight - 40;
    document.getElementById('sidebar').innerHTML = data.sidebar;
    document.getElementById('main').innerHTML = data.main;
    if (select && select.dataset.options !== data.asOptions) {
      const keep = select.value;
      select.innerHTML = data.asOptions;
      select.dataset.options = data.asOptions;
      if (Array.from(select.options).some((o) => o.value === keep)) select.value = keep;
    }
    renderCards();
    if (atBottom) window.scrollTo(0, document.body.scrollHeight);
  }

  async function invoke(messageId, verb, data, actionId, trigger) {
    const res = await check(await send(chatUrl + '/invoke', 'POST', { userId: as, messageId, verb, data: data || {}, actionId, trigger }));
    if (res.ok) {
      const answer = await res.json();
      const b = answer && answer.body;
      if (trigger === 'manual' && b && b.type === 'application/vnd.microsoft.activity.message') window.alert(String(b.value));
      if (trigger === 'manual' && b && b.type === 'application/vnd.microsoft.error') window.alert('Bot error: ' + JSON.stringify(b.value));
      else if (trigger === 'manual' && answer.status >= 400) window.alert('The bot answered the card action with HTTP ' + answer.status + '.');
    }
    await refresh(true);
  }

  function onAction(messageId, action) {
    const type = action.getJsonTypeName();
    if (type === 'Action.Execute') void invoke(messageId, action.verb, action.data, action.id, 'manual');
    else if (type === 'Action.OpenUrl' && /^https?:\/\//i.test(String(action.url))) window.open(action.url, '_blank', 'noopener');
    else window.alert(type + ' is not simulated by the sandbox.');
  }

  function autoRefresh(el, json) {
    const r = json && json.refresh;
    if (el.dataset.link !== undefined || !as || !r || !r.action || r.action.type !== 'Action.Execute') return;
    const ids = Array.isArray(r.userIds) ? r.userIds : null;
    if (ids && !ids.includes(as) && !ids.includes('29:' + as)) return;
    const key = el.dataset.message + '|' + el.dataset.version + '|' + as;
    if (refreshed.has(key)) return;
    refreshed.add(key);
    void invoke(el.dataset.message, r.action.verb, r.action.data, r.action.id, 'automatic');
  }

  // Teams renders a small Markdown subset in cards: **bold**, _italic_, line breaks. Escaped first.
  const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  if (window.AdaptiveCards) {
    window.AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>').replace(/\n/g, '<br>');
      result.didProcess = true;
    };
  }

  function renderCards() {
    const AC = window.AdaptiveCards;
    document.querySelectorAll('.card[data-card]').forEach((el) => {
      let json;
      try { json = JSON.parse(el.dataset.card); } catch (e) { return; }
      if (!AC) { el.textContent = JSON.stringify(json, null, 2); return; }
      try {
        const card = new AC.AdaptiveCard();
        card.onExecuteAction = (action) => {
          // A link card sits on a person's message: only its links work here.
          if (el.dataset.link !== undefined && action.getJsonTypeName() === 'Action.Execute') window.alert('Actions on unfurled link cards are not simulated by the sandbox.');
          else onAction(el.dataset.message, action);
        };
        card.parse(json);
        const rendered = card.render();
        if (rendered) el.replaceChildren(rendered);
      } catch (e) {
        el.textContent = 'This card could not be rendered: ' + e.message;
      }
      autoRefresh(el, json);
    });
  }

  const form = document.getElementById('composer');
  const text = document.getElementById('text');
  if (form && text && select) {
    select.dataset.options = select.innerHTML;
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      const res = await check(await send(chatUrl + '/messages', 'POST', { userId: select.value, text: value }));
      if (res.ok) { text.value = ''; await refresh(true); }
    });
    text.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
    });
    select.addEventListener('change', () => { as = select.value; void refresh(true); });
  }

  document.getElementById('main').addEventListener('click', async (e) => {
    const button = e.target instanceof Element ? e.target.closest('button[data-action]') : null;
    const article = button ? button.closest('article.msg') : null;
    if (!button || !article) return;
    const url = chatUrl + '/messages/' + encodeURIComponent(article.dataset.id);
    if (button.dataset.action === 'edit') {
      const value = window.prompt('Edit the message', article.dataset.text || '');
      if (value === null || !value.trim()) return;
      await check(await send(url, 'PATCH', { userId: as, text: value.trim() }));
    } else {
      if (!window.confirm('Delete this message?')) return;
      await check(await send(url, 'DELETE', { userId: as }));
    }
    await refresh(true);
  });

  renderCards();
  window.scrollTo(0, document.body.scrollHeight);
  setInterval(() => { refresh(false).catch(() => undefined); }, 2000);
})();
`;

export const PAGE_STYLE = `
:root { font-family: system-ui, sans-serif; color: #242424; background: #f5f5f5; }
body { margin: 0; }
.layout { display: grid; grid-template-columns: 300px 1fr; min-height: 100vh; }
aside { background: #ebebf5; padding: 12px; overflow-y: auto; }
aside h2 { font-size: 13px; text-transform: uppercase; color: #5b5fc7; margin: 16px 0 6px; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside ul ul { padding-left: 10px; }
.chat { padding: 6px 8px; border-radius: 6px; }
.chat.current { background: #fff; }
.chat a { color: inherit; text-decoration: none; font-weight: 600; }
.meta, .when { color: #616161; font-size: 12px; }
.tenants a { margin-right: 8px; color: #5b5fc7; }
.tenants a.current { font-weight: 700; text-decoration: none; }
.badge { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #e0e0e0; }
.badge.on { background: #d1e7dd; }
main { padding: 12px 20px 96px; max-width: 900px; }
.chat-head h1 { font-size: 20px; margin: 0; }
.members ul { margin: 6px 0; padding-left: 18px; }
.msg { background: #fff; border-radius: 8px; padding: 8px 12px; margin: 8px 0; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
.msg.bot { border-left: 3px solid #5b5fc7; }
.msg.system { background: transparent; box-shadow: none; color: #616161; font-size: 13px; text-align: center; }
.msg.hidden { opacity: .45; }
.msg .text { white-space: pre-wrap; margin: 4px 0; }
.msg .deleted { font-style: italic; color: #616161; }
.msg .actions { float: right; }
.msg .actions button { font-size: 12px; margin-left: 4px; }
.card { margin-top: 6px; max-width: 520px; border: 1px solid #e0e0e0; border-radius: 6px; padding: 8px; white-space: pre-wrap; }
.card.link-card { border-left: 3px solid #5b5fc7; }
.deliveries li.failed { color: #c4314b; }
#composer { position: fixed; bottom: 0; left: 300px; right: 0; display: flex; gap: 8px; padding: 10px 20px; background: #fff; border-top: 1px solid #e0e0e0; align-items: center; }
#composer textarea { flex: 1; font: inherit; }
.empty { color: #616161; }
`;
