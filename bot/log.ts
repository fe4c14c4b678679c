import pino from 'pino';

/**
 * The one logger. Never pass it message text: log ids, counts and redacted text only.
 * Writes JSON lines to stderr so stdout stays free for command output.
 */
export function createLogger(level: string = 'info'): pino.Logger {
  return pino({ level, base: { app: 'send-signpost' } }, pino.destination(2));
}

export type Logger = pino.Logger;
