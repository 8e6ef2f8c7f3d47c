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
