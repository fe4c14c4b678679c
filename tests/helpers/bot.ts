import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot } from '../../bot/start';

export const FIXTURE_CONTENT = resolve(__dirname, '../fixtures/content');
export const REAL_CONTENT = resolve(__dirname, '../../content');

export type TestBot = RunningBot & {
  /** Send one activity with expectReplies and return the HTTP status and replies. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  /** Say something as a person would in a channel; returns the reply activities. */
  say(text: string, options?: { channel?: 'webchat' | 'msteams'; conversation?: string; user?: string }): Promise<any[]>;
  /** Press a button: send its data as the activity's value. */
  press(value: unknown, options?: { channel?: 'webchat' | 'msteams'; conversation?: string; user?: string }): Promise<any[]>;
};

/** Start the real server on a free port with test settings. */
export async function startTestBot(
  options: { content?: string; env?: Record<string, string>; now?: () => Date } = {},
): Promise<TestBot> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    CONTENT_DIR: options.content ?? FIXTURE_CONTENT,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'signpost-data-')),
    LOG_LEVEL: 'silent',
    WATCH_CONTENT: 'false',
    ...options.env,
  });
  const bot = await startBot(config, { now: options.now, log: pino({ level: 'silent' }) });
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as any };
  };
  const send = async (fields: Record<string, unknown>, o: { channel?: string; conversation?: string; user?: string } = {}) => {
    const res = await post(activity(fields, o));
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body?.activities ?? []) as any[];
  };
  return {
    ...bot,
    post,
    say: (text, o) => send({ text }, o),
    press: (value, o) => send({ value, text: '' }, o),
  };
}

/** A Bot Framework activity shaped like the given channel sends it. */
export function activity(fields: Record<string, unknown>, o: { channel?: string; conversation?: string; user?: string } = {}) {
  const channel = o.channel ?? 'webchat';
  const teams = channel === 'msteams';
  const conversation = o.conversation ?? randomUUID();
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: channel,
    serviceUrl: 'http://127.0.0.1:9/',
    locale: 'en-GB',
    textFormat: 'plain',
    deliveryMode: 'expectReplies',
    from: { id: o.user ?? (teams ? '29:test-user' : `dl_${conversation}`), name: 'Test' },
    recipient: { id: teams ? '28:bot' : 'bot', name: 'Bot' },
    conversation: teams ? { id: `a:${conversation}`, conversationType: 'personal', tenantId: 't' } : { id: conversation },
    channelData: teams ? { tenant: { id: 't' } } : {},
    ...fields,
  };
}

export { citationOf, visibleText } from './replies';
