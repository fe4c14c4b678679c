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
    const stop = () => void bot.close().then(() => process.exit(0));
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
