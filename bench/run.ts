import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../bot/knowledge/load';
import { KnowledgeBase } from '../bot/knowledge/knowledge-base';
import { KnowledgeStore } from '../bot/knowledge/store';
import { loadQuestionSets } from '../tests/helpers/question-sets';
import { startAzurite } from '../tests/helpers/azurite';
import { syntheticCorpus, writeCorpus } from './corpus';
import { screenerLatency } from './screener-latency';
import { warmUpScreener } from '../bot/conversation/safeguarding/warm-up';

/** The safeguarding set's tune split, last turns only: realistic lengths for the screener's timing. */
function safeguardingMessages(): string[] {
  const file = join('tests', 'safeguarding-set', 'tune.json');
  if (!existsSync(file)) return [];
  const cases = (JSON.parse(readFileSync(file, 'utf8')) as { cases: { say: string | string[] }[] }).cases;
  return cases.map((c) => (Array.isArray(c.say) ? c.say[c.say.length - 1] : c.say));
}

/**
 * `npm run bench`: search latency on the real content and on 10,000 generated items, start-up
 * with a cached index, and turns per second through /api/messages against a teams-ai echo bot,
 * with memory and with Azure blob state (`-- --throughput-only` for just the last).
 * Goals (issue 3): search p99 < 2 ms real, < 15 ms at 10,000; start-up < 3 s; ratio >= 0.8.
 */
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => `${x.toFixed(2)} ms`;

function searchLatency(kb: KnowledgeBase, questions: string[], rounds: number): { p50: number; p99: number; n: number } {
  for (const q of questions) kb.askUncached(q); // warm up: JIT and the spelling table
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      kb.askUncached(q);
      times.push(performance.now() - t);
    }
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length };
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never became healthy`);
}

/** Turns per second with `concurrency` clients for `seconds`, each turn a new conversation. */
async function throughput(url: string, questions: string[], seconds: number, concurrency: number): Promise<number> {
  let done = 0;
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const client = async (c: number) => {
    let i = c;
    while (performance.now() < until) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `b${c}-${i}`,
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1:9/',
          deliveryMode: 'expectReplies',
          from: { id: `user-${c}` },
          recipient: { id: 'bot' },
          conversation: { id: `bench-${c}-${i % 50}` },
          text: questions[i % questions.length],
        }),
      });
      await res.arrayBuffer();
      if (res.ok) done += 1;
      else failed += 1;
      i += concurrency;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, c) => client(c)));
  if (failed) throw new Error(`${failed} requests failed during the throughput run`);
  return done / ((performance.now() - start) / 1000);
}

/** Milliseconds from starting the built server (as `npm start` runs it) to a healthy /healthz. */
async function timeToHealthy(env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, 'build/dist/bot/index.js'], {
    env: { ...process.env, PORT: '3992', HOST: '127.0.0.1', LOG_LEVEL: 'silent', WATCH_CONTENT: 'false', ...env },
    stdio: 'ignore',
  });
  try {
    await waitHealthy('http://127.0.0.1:3992', child);
    return performance.now() - started;
  } finally {
    child.kill();
    await new Promise((r) => child.once('exit', r));
  }
}

function serve(script: string, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', WATCH_CONTENT: 'false', ...env },
    stdio: 'ignore',
  });
}

/** The flags `npm start` gives node (see package.json). */
const NODE_FLAGS = ['--max-semi-space-size=64'];

async function main(): Promise<void> {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  // In the order the server starts (bot/start.ts): the screener is warmed before the index is built.
  warmUpScreener();
  const content = loadContent('content');
  const real = KnowledgeBase.create(content);
  const questions = loadQuestionSets().map((c) => c.say);
  console.log(`Real content: ${real.items.length} items, ${questions.length} questions`);
  const r = searchLatency(real, questions, 20);
  console.log(`  understanding + search p50 ${ms(r.p50)}, p99 ${ms(r.p99)} over ${r.n} queries (goal p99 < 2 ms)`);
  const sg = screenerLatency([...questions, ...safeguardingMessages()]);
  console.log(`  safeguarding screener p50 ${sg.p50.toFixed(3)} ms, p99 ${sg.p99.toFixed(3)} ms per message over ${sg.n} messages (goal p99 < 0.3 ms)`);

  if (!process.argv.includes('--throughput-only')) {
    const dir = mkdtempSync(join(tmpdir(), 'signpost-bench-'));
    const corpusDir = join(dir, 'content');
    writeCorpus(corpusDir, syntheticCorpus(content.items, 10_000));
    const dataDir = join(dir, 'data');
    const coldMs = await timeToHealthy({ CONTENT_DIR: corpusDir, DATA_DIR: dataDir });
    const warmMs = await timeToHealthy({ CONTENT_DIR: corpusDir, DATA_DIR: dataDir });
    console.log(`10,000 generated items (~250 words each):`);
    console.log(`  server start to healthy: ${(coldMs / 1000).toFixed(2)} s building the index, ${(warmMs / 1000).toFixed(2)} s with the cached index (goal < 3 s)`);
    const warm = KnowledgeStore.open(corpusDir, { cacheDir: join(dataDir, 'index-cache') });
    const big = searchLatency(warm.current(), questions, 3);
    console.log(`  search p50 ${ms(big.p50)}, p99 ${ms(big.p99)} over ${big.n} queries (goal p99 < 15 ms)`);
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.argv.includes('--search-only')) return;
  await turnsReport(questions);
}

/**
 * Turns per second against the teams-ai echo bot, with bot state in memory and in Azure blob
 * storage (Azurite from node_modules, in memory). Runs are interleaved with the echo bot's, so
 * a noisy machine moves both figures of a ratio together.
 */
async function turnsReport(questions: string[]): Promise<void> {
  const azurite = await startAzurite();
  const bot = serve('bot/index.ts', 3990, { DATA_DIR: mkdtempSync(join(tmpdir(), 'signpost-bench-data-')) });
  const shared = serve('bot/index.ts', 3993, { DATA_DIR: mkdtempSync(join(tmpdir(), 'signpost-bench-data-')), AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'bench' });
  const echo = serve('bench/echo-bot.ts', 3991);
  try {
    await Promise.all([waitHealthy('http://127.0.0.1:3990', bot), waitHealthy('http://127.0.0.1:3993', shared), waitHealthy('http://127.0.0.1:3991', echo)]);
    for (const port of [3990, 3993, 3991]) await throughput(`http://127.0.0.1:${port}`, questions, 2, 8); // warm up
    const memory = await throughput('http://127.0.0.1:3990', questions, 8, 8);
    const base1 = await throughput('http://127.0.0.1:3991', questions, 8, 8);
    const blobs = await throughput('http://127.0.0.1:3993', questions, 8, 8);
    const base2 = await throughput('http://127.0.0.1:3991', questions, 8, 8);
    console.log('Turns through /api/messages with expectReplies (8 clients, 8 s each):');
    console.log(`  SEND Signpost, memory state: ${memory.toFixed(0)}/s, teams-ai echo bot ${base1.toFixed(0)}/s, ratio ${(memory / base1).toFixed(2)} (goal >= 0.8)`);
    console.log(`  SEND Signpost, Azure blob state (Azurite): ${blobs.toFixed(0)}/s, teams-ai echo bot ${base2.toFixed(0)}/s, ratio ${(blobs / base2).toFixed(2)}`);
  } finally {
    bot.kill();
    shared.kill();
    echo.kill();
    await azurite.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
