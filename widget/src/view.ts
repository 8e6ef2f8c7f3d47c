/**
 * The widget's DOM in its shadow root: the launcher, and the panel, a dialog labelled by its title
 * with the conversation log (role="log", aria-live polite), the pre-chat form, the leave-a-message
 * form and its confirmation. Texts are (re)applied by `applyTexts` when the language is known.
 * Below 480 px the panel fills the screen and is modal (aria-modal, Tab and Shift+Tab wrap inside
 * it); above, it is a non-modal dialog beside the page.
 */
import { chatIcon, h, uid } from './dom';
import { field, labelField, type Field } from './fields';
import { format, type Lang, type MessageKey } from './i18n';

export type Section = 'none' | 'prechat' | 'leave' | 'left' | 'chat';

/** How long "… is typing" shows after the last signal. */
const TYPING_SHOWN_MS = 6000;
/** Where the panel fills the screen (styles.ts has the same query). */
const PHONE = '(max-width: 479.98px)';

/** A button the banner offers beside Dismiss (e.g. "Try again"). */
export interface BannerAction {
  label: string;
  run(): void;
}

/** The visitor's actions the controller answers. */
export interface ViewActions {
  toggle(): void;
  close(): void;
  start(): void;
  leave(): void;
  send(): void;
  /** The composer holds text (throttled by the controller). */
  typing(): void;
  /** Ends the chat; false when it could not be asked (no connection). */
  end(): boolean;
  newChat(): void;
}

export interface FormParts {
  section: HTMLElement;
  form: HTMLFormElement;
  intro: HTMLParagraphElement;
  name: Field;
  email: Field;
  message: Field;
  submit: HTMLButtonElement;
}

function formSection(optionalContact: boolean): FormParts {
  const intro = h('p');
  const name = field('input', { autocomplete: 'name', optional: optionalContact, maxLength: 120 });
  const email = field('input', { type: 'email', autocomplete: 'email', optional: optionalContact, maxLength: 254 });
  const message = field('textarea', {});
  const submit = h('button', { type: 'submit', class: 'primary' });
  const form = h('form', { class: 'form', novalidate: true }, name.wrap, email.wrap, message.wrap, submit);
  const section = h('section', { class: 'scroll', hidden: true }, intro, form);
  return { section, form, intro, name, email, message, submit };
}

export class View {
  readonly root: HTMLDivElement;
  readonly launcher: HTMLButtonElement;
  private readonly launcherLabel: HTMLSpanElement;
  readonly badge: HTMLSpanElement;
  readonly panel: HTMLDivElement;
  private readonly titleText: HTMLSpanElement;
  readonly siteName: HTMLSpanElement;
  readonly endButton: HTMLButtonElement;
  readonly closeButton: HTMLButtonElement;
  readonly status: HTMLParagraphElement;
  readonly banner: HTMLDivElement;
  private readonly bannerText: HTMLParagraphElement;
  readonly dismiss: HTMLButtonElement;
  private readonly bannerAction: HTMLButtonElement;
  private bannerRun: (() => void) | null = null;
  private readonly phone: MediaQueryList | null;
  readonly prechat: FormParts;
  readonly leave: FormParts;
  readonly left: HTMLElement;
  readonly leftTitle: HTMLHeadingElement;
  readonly leftBody: HTMLParagraphElement;
  readonly chat: HTMLElement;
  readonly scroller: HTMLDivElement;
  readonly log: HTMLOListElement;
  readonly typing: HTMLParagraphElement;
  readonly composer: HTMLFormElement;
  readonly input: Field;
  private readonly inputHint: HTMLParagraphElement;
  readonly send: HTMLButtonElement;
  readonly ended: HTMLDivElement;
  private readonly endedText: HTMLParagraphElement;
  readonly newChat: HTMLButtonElement;
  private section: Section = 'none';
  private typingTimer: number | undefined;

  constructor() {
    const panelId = uid('panel');
    const titleId = uid('title');
    this.launcherLabel = h('span');
    this.badge = h('span', { class: 'badge', hidden: true });
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': panelId }, chatIcon(), this.launcherLabel, this.badge);
    this.titleText = h('span');
    this.siteName = h('span', { class: 'sub' });
    this.endButton = h('button', { type: 'button', class: 'hbtn end', hidden: true });
    this.closeButton = h('button', { type: 'button', class: 'hbtn x' }, '×');
    this.status = h('p', { class: 'status', role: 'status' });
    this.bannerText = h('p');
    this.dismiss = h('button', { type: 'button' });
    this.bannerAction = h('button', { type: 'button', hidden: true });
    this.banner = h('div', { class: 'banner', role: 'alert', hidden: true }, this.bannerText, this.bannerAction, this.dismiss);

    this.prechat = formSection(true);
    this.leave = formSection(false);
    this.leftTitle = h('h3', { tabindex: '-1' });
    this.leftBody = h('p');
    this.left = h('section', { class: 'scroll', hidden: true }, this.leftTitle, this.leftBody);

    this.log = h('ol', { class: 'log' });
    this.scroller = h('div', { class: 'scroll', role: 'log', 'aria-live': 'polite', tabindex: '0' }, this.log);
    this.typing = h('p', { class: 'typing' });
    this.input = field('textarea', {});
    this.input.control.setAttribute('rows', '1');
    this.inputHint = h('p', { class: 'sr', id: uid('hint') });
    this.input.control.setAttribute('aria-describedby', this.inputHint.id);
    this.input.label.className = 'sr';
    this.input.wrap.append(this.inputHint);
    this.send = h('button', { type: 'submit', class: 'primary' });
    this.composer = h('form', { class: 'composer', novalidate: true }, this.input.wrap, this.send);
    this.endedText = h('p');
    this.newChat = h('button', { type: 'button', class: 'primary' });
    this.ended = h('div', { class: 'ended', hidden: true }, this.endedText, this.newChat);
    this.chat = h('section', { class: 'body', hidden: true }, this.scroller, this.typing, this.composer, this.ended);

    const body = h('div', { class: 'body' }, this.prechat.section, this.leave.section, this.left, this.chat);
    const head = h('div', { class: 'head' }, h('h2', { class: 'title', id: titleId }, this.titleText, this.siteName), this.endButton, this.closeButton);
    this.panel = h('div', { class: 'panel', id: panelId, role: 'dialog', 'aria-labelledby': titleId, hidden: true }, head, this.status, this.banner, body);
    this.root = h('div', { class: 'root' }, this.launcher, this.panel);
    this.phone = typeof window.matchMedia === 'function' ? window.matchMedia(PHONE) : null;
    this.syncModal();
    this.phone?.addEventListener('change', () => this.syncModal());
  }

  /** Full screen is modal: assistive technology keeps to the panel, as Tab does. */
  private syncModal(): void {
    if (this.phone?.matches) this.panel.setAttribute('aria-modal', 'true');
    else this.panel.removeAttribute('aria-modal');
  }

  /** The panel's controls Tab stops at, in order (visible, enabled, not tabindex=-1). */
  private tabStops(): HTMLElement[] {
    return Array.from(this.panel.querySelectorAll<HTMLElement>('button,input,textarea,select,a[href],[tabindex]'))
      .filter((el) => el.tabIndex >= 0 && !(el instanceof HTMLButtonElement && el.disabled) && el.getClientRects().length > 0);
  }

  /** On a phone, Tab from the last control goes to the first and Shift+Tab from the first to the last. */
  private wrapFocus(event: KeyboardEvent): void {
    if (!this.phone?.matches) return;
    const stops = this.tabStops();
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    const root = this.root.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    const target = event.shiftKey ? (active === first || !this.panel.contains(active) ? last : null) : active === last ? first : null;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  applyTexts(lang: Lang): void {
    const t = (key: MessageKey, params?: Record<string, string | number>) => format(lang, key, params);
    this.root.lang = lang;
    this.launcherLabel.textContent = t('chatwidget.launcher');
    this.titleText.textContent = t('chatwidget.title');
    this.endButton.textContent = t('chatwidget.end');
    this.closeButton.setAttribute('aria-label', t('chatwidget.close'));
    this.dismiss.textContent = t('chatwidget.dismiss');
    for (const parts of [this.prechat, this.leave]) {
      labelField(parts.name, t('chatwidget.field.name'), t('chatwidget.optional'));
      labelField(parts.email, t('chatwidget.field.email'), t('chatwidget.optional'));
      labelField(parts.message, t('chatwidget.field.message'), t('chatwidget.optional'));
    }
    this.prechat.intro.textContent = t('chatwidget.intro');
    this.prechat.submit.textContent = t('chatwidget.start');
    this.leave.submit.textContent = t('chatwidget.leave.submit');
    this.leftTitle.textContent = t('chatwidget.left.title');
    this.scroller.setAttribute('aria-label', t('chatwidget.log'));
    this.input.label.textContent = t('chatwidget.input');
    this.inputHint.textContent = t('chatwidget.input.hint');
    this.send.textContent = t('chatwidget.send');
    this.endedText.textContent = t('chatwidget.ended');
    this.newChat.textContent = t('chatwidget.newChat');
  }

  /** True when focus is on `element` or inside it (focus inside a shadow root shows as its host outside). */
  hasFocus(element: HTMLElement): boolean {
    const root = this.root.getRootNode();
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return active !== null && element.contains(active);
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    this.root.classList.toggle('open', open);
    this.launcher.setAttribute('aria-expanded', String(open));
  }

  show(section: Section): void {
    this.section = section;
    this.prechat.section.hidden = section !== 'prechat';
    this.leave.section.hidden = section !== 'leave';
    this.left.hidden = section !== 'left';
    this.chat.hidden = section !== 'chat';
  }

  get current(): Section {
    return this.section;
  }

  /** The control focus goes to when the panel opens or its section changes. */
  focusTarget(): HTMLElement {
    switch (this.section) {
      case 'prechat': return this.prechat.name.wrap.hidden ? this.prechat.message.control : this.prechat.name.control;
      case 'leave': return this.leave.name.control;
      case 'left': return this.leftTitle;
      case 'chat': return this.ended.hidden ? this.input.control : this.newChat;
      default: return this.closeButton;
    }
  }

  showBanner(text: string | null, action?: BannerAction): void {
    this.bannerText.textContent = text ?? '';
    this.banner.hidden = text === null;
    this.bannerRun = action?.run ?? null;
    this.bannerAction.textContent = action?.label ?? '';
    this.bannerAction.hidden = !action;
  }

  /** "… is typing" for a few seconds (null clears it at once). */
  showTyping(text: string | null): void {
    window.clearTimeout(this.typingTimer);
    this.typing.textContent = text ?? '';
    if (text !== null) this.typingTimer = window.setTimeout(() => (this.typing.textContent = ''), TYPING_SHOWN_MS);
  }

  setEnded(ended: boolean): void {
    this.ended.hidden = !ended;
    this.composer.hidden = ended;
    if (ended) this.showTyping(null);
  }

  /**
   * What the visitor does, to the controller: clicks, the forms' submits (Enter in the composer
   * sends, Shift+Enter is a new line), Escape anywhere in the panel closes it, typing.
   */
  wire(on: ViewActions): void {
    const submit = (form: HTMLFormElement, action: () => void) => form.addEventListener('submit', (event) => {
      event.preventDefault();
      action();
    });
    this.launcher.addEventListener('click', () => on.toggle());
    this.closeButton.addEventListener('click', () => on.close());
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') return this.wrapFocus(event);
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      on.close();
    });
    this.dismiss.addEventListener('click', () => {
      this.showBanner(null);
      this.focusTarget().focus();
    });
    this.bannerAction.addEventListener('click', () => {
      const run = this.bannerRun;
      this.showBanner(null);
      this.focusTarget().focus();
      run?.();
    });
    submit(this.prechat.form, on.start);
    submit(this.leave.form, on.leave);
    submit(this.composer, on.send);
    const input = this.input.control;
    input.addEventListener('keydown', (event) => {
      if (event instanceof KeyboardEvent && event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.composer.requestSubmit();
      }
    });
    input.addEventListener('input', () => {
      input.style.height = 'auto';
      input.style.height = `${Math.min(input.scrollHeight + 2, 140)}px`;
      if (input.value.trim() !== '') on.typing();
    });
    this.endButton.addEventListener('click', () => {
      if (this.endButton.getAttribute('aria-disabled') !== 'true' && on.end()) this.endButton.setAttribute('aria-disabled', 'true');
    });
    this.newChat.addEventListener('click', () => on.newChat());
  }

  /** The launcher's count of agent messages that came while the panel was closed (read out as "Unread messages: 2"). */
  setUnread(count: number, text: string): void {
    this.badge.hidden = count === 0;
    this.badge.replaceChildren();
    if (count > 0) this.badge.append(h('span', { 'aria-hidden': 'true' }, String(count)), h('span', { class: 'sr' }, ` ${text}`));
  }
}
