/** What libraries print to the console reaches the log as one warn line without a stack (issue 9). */
import { Writable } from 'node:stream';
import pino from 'pino';
import { consoleLine, routeConsoleToLogger } from '../../bot/src/logger';

test('consoleLine keeps the first line of a message or error, never a stack, at most 300 characters', () => {
  const error = new Error('The token has expired');
  error.name = 'TokenExpiredError';
  expect(consoleLine([error])).toBe('TokenExpiredError: The token has expired');
  expect(consoleLine(['Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----\nMIIB…'])).toBe('Error finding key for token. Available keys: -----BEGIN PUBLIC KEY-----');
  expect(consoleLine(['x'.repeat(500)])).toHaveLength(301);
  expect(consoleLine(['count', 3, { a: 1 }])).toBe('count 3 {"a":1}');
});

test('console.error and console.warn go through the logger as one warn line each', () => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
  const saved = { error: console.error, warn: console.warn };
  try {
    routeConsoleToLogger(pino({ level: 'info' }, sink));
    const error = new Error('The token has expired');
    console.error(error);
    console.warn('first line\nsecond line');
  } finally {
    console.error = saved.error;
    console.warn = saved.warn;
  }
  const entries = lines.map((l) => JSON.parse(l) as { level: number; msg: string; source: string; stack?: string });
  expect(entries).toHaveLength(2);
  expect(entries.map((e) => e.level)).toEqual([40, 40]);
  expect(entries.map((e) => e.msg)).toEqual(['Error: The token has expired', 'first line']);
  expect(entries.every((e) => e.source === 'console' && e.stack === undefined && !JSON.stringify(e).includes('at '))).toBe(true);
});
