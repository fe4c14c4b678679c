import { performance } from 'node:perf_hooks';
import { screen } from '../bot/conversation/safeguarding';

/**
 * The safeguarding screener's cost per message: each message screened `rounds` times and its
 * median taken (so a scheduler pause on a busy machine is not charged to one message), then
 * p50 and p99 across messages. Also the raw p99 over every single screening, for honesty.
 */
export function screenerLatency(messages: readonly string[], rounds = 15): { p50: number; p99: number; rawP99: number; n: number } {
  for (const m of messages) screen(m); // warm up
  const medians: number[] = [];
  const raw: number[] = [];
  for (const m of messages) {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      screen(m);
      times.push(performance.now() - t);
    }
    raw.push(...times);
    times.sort((a, b) => a - b);
    medians.push(times[Math.floor(times.length / 2)]);
  }
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(p * s.length))];
  };
  return { p50: q(medians, 0.5), p99: q(medians, 0.99), rawP99: q(raw, 0.99), n: messages.length };
}
