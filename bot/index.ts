import { loadConfig } from './config';
import { ContentError } from './knowledge/store';
import { startBot } from './start';
import { installProcessGuard } from './http/process-guard';

/** `npm start`: run the bot with settings from the environment. */
async function main(): Promise<void> {
  const config = loadConfig();
  try {
    const bot = await startBot(config);
    installProcessGuard(bot.log);
    // SIGTERM (App Service, Kubernetes, a load balancer taking this instance out): stop
    // accepting, finish the turns in progress, write what is queued, then exit 0.
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      bot.log.info({ event: 'stopping', signal });
      void bot.close({ idleGraceMs: 1_000 }).then(
        () => process.exit(0),
        (err: unknown) => {
          bot.log.error({ event: 'stop-failed', err: err instanceof Error ? err.message : String(err) });
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  } catch (err) {
    if (err instanceof ContentError) {
      process.stderr.write(`${err.message}\nFix these and start again (npm run content:check lists them).\n`);
      process.exit(1);
    }
    throw err;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`SEND Signpost could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
