/** The service's logger: JSON lines, with credentials and tokens redacted wherever they appear. */
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'casebridge' },
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', 'authorization', 'token', '*.token', 'password', '*.password', 'key', '*.key'],
      censor: '[redacted]',
    },
  });
}

/** One line of what a library printed: the first line of a message or error, at most 300 characters, never a stack. */
export function consoleLine(args: readonly unknown[]): string {
  const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ');
  const first = text.split('\n', 1)[0] ?? '';
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

/**
 * Libraries that print to the console (botbuilder prints a stack trace, or the channel's public
 * keys, for every expired or forged Bot Framework token) go through the logger instead: one
 * `warn` line each, without a stack, so a flood of bad requests cannot flood the log with traces.
 */
export function routeConsoleToLogger(logger: Logger): void {
  const library = logger.child({ source: 'console' });
  console.error = (...args: unknown[]) => library.warn(consoleLine(args));
  console.warn = (...args: unknown[]) => library.warn(consoleLine(args));
}
