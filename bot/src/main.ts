/** Entry point: read the configuration once, start, and stop gracefully on SIGINT/SIGTERM. */
import { ConfigError, loadConfig } from './config';
import { startCasebridge } from './app';
import { createLogger, routeConsoleToLogger } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Casebridge cannot start.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  routeConsoleToLogger(logger);
  const app = await startCasebridge(config, logger);
  const shownUrl = config.mode === 'local' ? `http://localhost:${new URL(app.url).port}` : config.publicUrl;
  logger.info({ url: shownUrl, mode: config.mode }, 'Casebridge is running');
  if (config.hostExposed) {
    logger.warn({ host: config.host }, 'local mode is listening beyond this machine');
    process.stderr.write(
      `\n  WARNING: local mode is listening on ${config.host} (HOST), so other machines can reach it.\n` +
        '  Its dev sign-in gives a token for any demo user to anyone who asks. Unset HOST to listen on 127.0.0.1 only.\n',
    );
  }
  if (config.mode === 'local') {
    const lines = [
      'Casebridge (local mode) is running.',
      `Open ${shownUrl} and sign in as one of the demo users.`,
      `Teams sandbox:    ${shownUrl}/sandbox/`,
      ...(app.smtpPort !== null ? [`Mail (SMTP):      127.0.0.1:${app.smtpPort} — send to ${app.demo?.supportAddress ?? 'a support address set in Settings'} (any client, no login)`] : []),
      `Sent mail:        ${shownUrl}/sandbox/outbox`,
      ...(app.demo ? [`Web form:         ${shownUrl}${app.demo.formPath}`] : []),
      ...(app.demo ? [`Customer chat:    ${shownUrl}/chat/demo (a demo web site with the chat widget; agents set themselves present in the tab first)`] : []),
      ...(app.blobUrl ? [`Blob storage:     ${app.blobUrl} (Azurite)`] : []),
      // The key itself is not printed: a second instance reads it from the file.
      ...(app.realtimeConnectionString && app.realtimeKeyFile
        ? [`Realtime hub:     Endpoint=${app.url};AccessKey=<the contents of ${app.realtimeKeyFile}>;Version=1.0; (a second instance's WEB_PUBSUB_CONNECTION_STRING)`]
        : []),
      `Data is kept in ${config.dataDir}. Stop with Ctrl+C.`,
      `Listening on ${app.listenAddress}${config.hostExposed ? '' : ' (this machine only)'}.`,
    ];
    process.stdout.write(`\n${lines.map((l) => `  ${l}`).join('\n')}\n\n`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Casebridge failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
