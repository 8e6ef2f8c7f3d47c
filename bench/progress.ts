/** Progress lines for `npm run bench` on stderr (stdout keeps the report): the stage, the step, the time so far. */

/** `m:ss.s` since `since` (performance.now() milliseconds). */
export function elapsed(since: number): string {
  const seconds = (performance.now() - since) / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}

/** Prints a step inside the running stage. */
export type Step = (text: string) => void;

export class Progress {
  private readonly started = performance.now();

  constructor(private readonly out: NodeJS.WritableStream = process.stderr) {}

  /** One line, stamped with the time since the bench started. */
  line(text: string): void {
    this.out.write(`[bench ${elapsed(this.started)}] ${text}\n`);
  }

  /** Runs one stage, announcing it, each of its steps and how long it took. */
  async stage<T>(name: string, what: string, run: (step: Step) => Promise<T>): Promise<T> {
    const at = performance.now();
    this.line(`▶ ${name}: ${what}`);
    const result = await run((text) => this.line(`  ${name}: ${text}`));
    this.line(`✓ ${name} done in ${((performance.now() - at) / 1000).toFixed(1)} s`);
    return result;
  }
}
