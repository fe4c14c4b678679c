import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { activity, FIXTURE_CONTENT } from '../helpers/bot';
import { startInstance, stopInstance, type Instance } from '../helpers/instances';

/** What an operator sees when the platform stops an instance (App Service sends SIGTERM). */
describe('graceful shutdown', () => {
  let bot: Instance | undefined;
  afterAll(async () => {
    if (bot) await stopInstance(bot);
  });

  it('on SIGTERM stops accepting, finishes the turns in progress and exits 0', async () => {
    bot = await startInstance('drain', { CONTENT_DIR: FIXTURE_CONTENT });
    const url = bot.url;
    let signalledAt = 0;
    const outcomes: { startedAt: number; status: number | string }[] = [];
    const client = async () => {
      // Bounded: each client stops after 200 turns or once the server has gone.
      for (let i = 0; i < 200; i++) {
        const startedAt = Date.now();
        try {
          const res = await fetch(`${url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity({ text: 'Who can give me independent advice about SEND?' }, { conversation: randomUUID() })),
          });
          await res.arrayBuffer();
          outcomes.push({ startedAt, status: res.status });
        } catch (err) {
          outcomes.push({ startedAt, status: 'refused' });
          if (signalledAt) return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // Under load: signal once turns are flowing (bounded wait), so some are in progress.
    for (let i = 0; i < 200 && outcomes.length < 24; i++) await new Promise((r) => setTimeout(r, 100));
    signalledAt = Date.now();
    bot.child.kill('SIGTERM');
    const code = await bot.exited;
    await Promise.all(clients);

    expect(code).toBe(0);
    // A request written in the last few ms before the signal may reach a socket already closing.
    const before = outcomes.filter((o) => o.startedAt < signalledAt - 20);
    expect(before.length).toBeGreaterThan(8);
    // Every turn sent before the signal was answered, none cut off.
    expect(before.filter((o) => o.status !== 200), JSON.stringify({ signalledAt, outcomes: outcomes.slice(-30) })).toEqual([]);
    // And after it, the port refused new work rather than hanging.
    expect(outcomes.some((o) => o.status === 'refused')).toBe(true);
    expect(bot.logs.some((l) => l.includes('"event":"drained"'))).toBe(true);
  });
});
