/**
 * Holds the sandbox state in memory and keeps it with the rest of the local data: after a change
 * it is written to `teams-sandbox.json` (debounced, through a temporary file and an atomic
 * rename, so a crash leaves the previous file whole) and read back at start.
 */
import { readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { StateSchema, type Channel, type Chat, type Conversation, type SandboxState, type Team } from './model';

export const STATE_FILE = 'teams-sandbox.json';

export interface StoreOptions {
  /** Where to keep the file; undefined keeps the state in memory only. */
  dataDir: string | undefined;
  /** The state to start from when there is no file yet. */
  seed: () => SandboxState;
  logger: Logger;
  debounceMs?: number;
}

export class SandboxStore {
  private changes = 0;
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private dirty = false;

  private constructor(
    private readonly state: SandboxState,
    private readonly file: string | undefined,
    private readonly logger: Logger,
    private readonly debounceMs: number,
  ) {}

  /** Loads the file (or seeds), validating it. Synchronous: it runs once, at start-up. */
  static open(options: StoreOptions): SandboxStore {
    const file = options.dataDir ? path.join(options.dataDir, STATE_FILE) : undefined;
    let state: SandboxState | undefined;
    if (file) {
      try {
        state = StateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
        options.logger.info({ chats: state.chats.length, teams: state.teams.length }, 'Teams sandbox state restored');
      } catch (error) {
        const missing = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
        if (!missing) throw new Error(`Cannot read ${file}: ${String(error)}. Move it away to start with a fresh Teams sandbox.`);
      }
    }
    const store = new SandboxStore(state ?? options.seed(), file, options.logger, options.debounceMs ?? 250);
    if (!state && file) store.changed();
    return store;
  }

  get data(): SandboxState {
    return this.state;
  }

  /** Grows with every change: the page polls it to know when to refresh. */
  get version(): number {
    return this.changes;
  }

  /** Call after every mutation: bumps the version and schedules a save. */
  changed(): void {
    this.changes++;
    if (!this.file) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** Bumps the version without saving: something the page shows changed outside the state (the delivery log). */
  touch(): void {
    this.changes++;
  }

  /** Teams message ids are millisecond timestamps; these grow strictly even within one millisecond. */
  nextMessageId(now: Date): string {
    this.state.lastMessageId = Math.max(this.state.lastMessageId + 1, now.getTime());
    return String(this.state.lastMessageId);
  }

  chat(id: string): Chat | undefined {
    return this.state.chats.find((c) => c.id === id);
  }

  team(id: string): Team | undefined {
    return this.state.teams.find((t) => t.id === id);
  }

  channel(id: string): { team: Team; channel: Channel } | undefined {
    for (const team of this.state.teams) {
      const channel = team.channels.find((c) => c.id === id);
      if (channel) return { team, channel };
    }
    return undefined;
  }

  /** A chat, a channel, or a channel thread (`<channel id>;messageid=<root id>`). */
  conversation(id: string): Conversation | undefined {
    const chat = this.chat(id);
    if (chat) return { kind: 'chat', chat };
    const [channelId = '', thread] = id.split(';messageid=');
    const found = this.channel(channelId);
    if (!found) return undefined;
    if (thread !== undefined && !found.channel.messages.some((m) => m.id === thread)) return undefined;
    return { kind: 'channel', ...found, threadId: thread ?? null };
  }

  /** Writes the file now if anything changed. */
  async flush(): Promise<void> {
    this.saving = this.saving.then(() => this.save());
    return this.saving;
  }

  /** Final save; stops the timer. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    this.dirty = false;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(this.state));
      await rename(temp, this.file);
    } catch (error) {
      this.dirty = true;
      this.logger.error({ err: error }, 'saving the Teams sandbox state failed');
    }
  }
}
