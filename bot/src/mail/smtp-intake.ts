/**
 * The local SMTP intake (loopback only, no AUTH/STARTTLS): RCPT TO must be one of our support
 * addresses; DATA is read with a byte cap, checked to be mail, handed to intake once per
 * recipient mailbox, and only answered 250 once intake has it durably.
 */
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { UnknownMailboxError, type IntakePort } from '../domain/intake/intake-port';
import { MAIL_LIMITS, UnparseableMailError, type ParsedMail } from '../domain/intake/parsed-mail';
import { parseMail } from './parse';

export interface SmtpIntakeOptions {
  intake: IntakePort;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  /** Loopback only: the server has no authentication. */
  host?: '127.0.0.1' | 'localhost' | undefined;
  /** Defaults to MAIL_LIMITS.maxBytes (also advertised as SIZE). */
  maxBytes?: number | undefined;
}

export interface SmtpIntake {
  /** The port actually bound. */
  port: number;
  stop(): Promise<void>;
}

/** An SMTP reply with its code, as smtp-server sends it (`responseCode message`). */
function reply(code: number, text: string): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}

async function readCapped(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    // Keep draining (the client is still sending), but stop keeping.
    if (size <= maxBytes) chunks.push(buffer);
  }
  return stream.sizeExceeded || size > maxBytes ? null : Buffer.concat(chunks);
}

/** Starts the SMTP server; resolves once it listens. */
export async function startSmtpIntake(options: SmtpIntakeOptions): Promise<SmtpIntake> {
  const { intake, logger } = options;
  const maxBytes = options.maxBytes ?? MAIL_LIMITS.maxBytes;
  const log = logger.child({ component: 'smtp-intake' });

  const onRcptTo = (address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void): void => {
    const mailbox = address.address.trim().toLowerCase();
    intake.resolveMailbox(mailbox).then(
      (route) => callback(route ? null : reply(550, `5.1.1 <${mailbox}>: no such support mailbox here`)),
      (error: unknown) => {
        log.error({ err: error, mailbox }, 'mailbox lookup failed');
        callback(reply(451, '4.3.0 Temporary failure looking up the mailbox, try again later'));
      },
    );
  };

  const deliver = async (stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> => {
    const raw = await readCapped(stream, maxBytes);
    if (raw === null) throw reply(552, `5.3.4 Message too large (max ${maxBytes} bytes)`);
    let parsed: ParsedMail;
    try {
      parsed = await parseMail(raw);
    } catch (error) {
      if (error instanceof UnparseableMailError) throw reply(554, `5.6.0 Message refused: ${error.reason}`);
      throw error;
    }
    const mailFrom = session.envelope.mailFrom === false ? null : session.envelope.mailFrom.address.toLowerCase();
    const mailboxes = [...new Set(session.envelope.rcptTo.map((r) => r.address.trim().toLowerCase()))];
    for (const mailbox of mailboxes) {
      const { intakeId } = await intake.acceptRawMail({ raw, source: 'smtp', mailbox, mailFrom, externalId: null, parsed });
      log.info({ intakeId, mailbox, bytes: raw.length }, 'mail accepted over SMTP');
    }
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: maxBytes,
    banner: 'Casebridge mail intake',
    logger: false,
    closeTimeout: 1_000,
    onRcptTo,
    onData(stream, session, callback) {
      deliver(stream, session).then(
        () => callback(null),
        (error: unknown) => {
          if (error instanceof Error && 'responseCode' in error) return callback(error);
          if (error instanceof UnparseableMailError) return callback(reply(554, `5.6.0 Message refused: ${error.reason}`));
          if (error instanceof UnknownMailboxError) return callback(reply(550, `5.1.1 <${error.address}>: no such support mailbox here`));
          log.error({ err: error }, 'accepting mail failed');
          callback(reply(451, '4.3.0 Temporary failure storing the message, try again later'));
        },
      );
    },
  });
  server.on('error', (error) => log.warn({ err: error }, 'smtp server error'));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const bound = server.server.address();
  const port = typeof bound === 'object' && bound !== null ? bound.port : options.port;
  log.info({ host, port }, 'smtp intake listening');
  return {
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
