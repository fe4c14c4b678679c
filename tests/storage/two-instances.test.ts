import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, citationOf, FIXTURE_CONTENT } from '../helpers/bot';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startInstance, startProxy, stopInstance, type Instance, type Proxy } from '../helpers/instances';
import { runCli } from '../cli/run';
import { ADMIN_TOKEN, NEW_ITEM, NEW_QUESTION, NEW_TITLE, eventually } from '../curation/publish';

/**
 * Two instances of the real server sharing one Azure Storage container (Azurite, in memory),
 * behind a round-robin balancer: whichever instance a turn lands on, the person is served as
 * if there were one bot.
 */
const STORAGE_FIXTURES = resolve(__dirname, '../fixtures/storage');
const PLAY_SCHEMES = 'holiday play schemes for disabled children';

/** Each instance has its own copy of the content, as separate machines would. */
function contentDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'signpost-shared-')), 'content');
  cpSync(FIXTURE_CONTENT, dir, { recursive: true });
  cpSync(STORAGE_FIXTURES, dir, { recursive: true });
  return dir;
}

async function post(url: string, body: unknown): Promise<{ status: number; activities: any[] }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, activities: res.status === 200 && text ? (JSON.parse(text).activities ?? []) : [] };
}

/** One person in one web chat conversation, on whichever instance each turn is sent to. */
function person() {
  const conversation = randomUUID();
  const send = async (url: string, fields: Record<string, unknown>) => {
    const res = await post(url, activity(fields, { conversation }));
    expect(res.status).toBe(200);
    return res.activities;
  };
  return { say: (url: string, text: string) => send(url, { text }), press: (url: string, value: unknown) => send(url, { value, text: '' }) };
}

const answeredItem = (replies: any[]) => citationOf(replies.find((r) => citationOf(r)) ?? {})?.citation?.[0]?.appearance?.name as string | undefined;
const choices = (replies: any[]) => replies.flatMap((r) => r.suggestedActions?.actions ?? []).filter((a: any) => a.value?.from === 'clarify');

describe('two instances sharing Azure Storage behind a round-robin balancer', () => {
  let azurite: Azurite;
  let a: Instance;
  let b: Instance;
  let proxy: Proxy;
  let env: Record<string, string>;
  let contentA: string;
  const live: Instance[] = [];

  beforeAll(async () => {
    azurite = await startAzurite();
    env = { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: 'two-instances', ADMIN_TOKEN };
    contentA = contentDir();
    // Each is listed as soon as it is up, so afterAll stops it even if the other fails to start.
    const up = (i: Instance) => (live.push(i), i);
    [a, b] = await Promise.all([startInstance('a', { ...env, CONTENT_DIR: contentA }).then(up), startInstance('b', { ...env, CONTENT_DIR: contentDir() }).then(up)]);
    live.sort((x, y) => x.name.localeCompare(y.name));
    proxy = await startProxy(() => live);
  });

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(live.map((i) => stopInstance(i)));
    await azurite?.stop();
  });

  it('reports the shared storage on /healthz, reachable', async () => {
    const health = await (await fetch(`${b.url}/healthz`)).json();
    expect(health.status).toBe('ok');
    expect(health.storage).toMatchObject({ kind: 'azure-blob', container: 'two-instances', reachable: true });
    expect(JSON.stringify(health)).not.toContain('AccountKey');
  });

  it('a "which one?" asked on one instance is answered on the other', async () => {
    const p = person();
    const asked = await p.say(a.url, 'disabled children');
    const offered = choices(asked);
    expect(offered.map((c: any) => c.value.id).sort()).toEqual(['play-schemes-leicester', 'play-schemes-rutland']);
    const chosen = offered.find((c: any) => c.value.id === 'play-schemes-rutland');
    expect(answeredItem(await p.press(b.url, chosen.value))).toBe('Holiday play schemes for disabled children in Rutland');
    // B cleared the pending "which one?" for both: the next turn on A does not report it unchosen.
    await p.say(a.url, 'thank you');

    // Asked on A and left unchosen on B: B knows what A offered, and reports it.
    const q = person();
    expect(choices(await q.say(a.url, 'holiday')).length).toBe(2);
    await q.say(b.url, 'when are the bin collections');
  });

  it('"I live in Rutland" said on one instance changes the answers on the other', async () => {
    const p = person();
    expect(answeredItem(await p.say(b.url, PLAY_SCHEMES))).toBe('Holiday play schemes for disabled children in Leicester');
    await p.say(a.url, 'I live in Rutland');
    expect(answeredItem(await p.say(b.url, PLAY_SCHEMES))).toBe('Holiday play schemes for disabled children in Rutland');
  });

  it('declines on both instances appear in one gap report', async () => {
    await person().say(a.url, 'what time does the swimming pool open on sunday');
    await person().say(b.url, 'can you book me a taxi to the airport');
    let out = '';
    const found = await eventually(() => {
      const r = runCli('content-gaps.ts', [], { ...env, DATA_DIR: mkdtempSync(join(tmpdir(), 'signpost-empty-')), CONTENT_DIR: contentA });
      out = r.stdout + r.stderr;
      return /swimming pool/.test(out) && /taxi to the airport/.test(out) && /"holiday"/.test(out);
    }, 15_000, 500);
    expect(found, out).toBe(true);
    expect(out).toMatch(/"holiday": asked once \(asked "which one\?" and nothing was chosen 1\)/);
    // Chosen on the other instance, so never reported as unchosen.
    expect(out).not.toMatch(/"disabled children"/);
  });

  it('content published through /admin/reload on one instance is served by the other within 10 s', async () => {
    const before = await person().say(b.url, NEW_QUESTION);
    expect(answeredItem(before)).not.toBe(NEW_TITLE);
    cpSync(NEW_ITEM, join(contentA, 'holiday-club.md'));
    const reload = await fetch(`${a.url}/admin/reload`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(reload.status).toBe(200);
    const { version } = await reload.json();
    const started = Date.now();
    const served = await eventually(async () => answeredItem(await person().say(b.url, NEW_QUESTION)) === NEW_TITLE, 10_000, 250);
    expect(served).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await (await fetch(`${b.url}/healthz`)).json()).version).toBe(version);
  });

  it('a member of staff signed in on one instance is signed in on the other', async () => {
    const login = await fetch(`${a.url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: ADMIN_TOKEN }).toString(),
    });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    expect(cookie).not.toContain(ADMIN_TOKEN);
    const page = await fetch(`${b.url}/admin`, { headers: { cookie, accept: 'text/html' } });
    expect(page.status).toBe(200);
    // A forged or altered cookie is refused everywhere.
    const forged = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await fetch(`${b.url}/admin`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it('one instance killed under load loses no turn the other could serve', async () => {
    const people = Array.from({ length: 6 }, () => ({ conversation: randomUUID(), results: [] as string[] }));
    // Everyone says where they live first, through the balancer.
    for (const p of people) expect((await post(proxy.url, activity({ text: 'I live in Rutland' }, p))).status).toBe(200);
    let killed = false;
    const turns = people.map(async (p) => {
      for (let i = 0; i < 12; i++) {
        const res = await post(proxy.url, activity({ text: PLAY_SCHEMES }, p));
        p.results.push(res.status === 200 ? (answeredItem(res.activities) ?? 'no answer') : `HTTP ${res.status}`);
        if (!killed && i === 4) {
          killed = true;
          await stopInstance(a, 'SIGKILL');
          live.splice(live.indexOf(a), 1, a); // still in the balancer's list: it must route around it
        }
      }
    });
    await Promise.all(turns);
    const all = people.flatMap((p) => p.results);
    expect(all).toHaveLength(72);
    expect(new Set(all)).toEqual(new Set(['Holiday play schemes for disabled children in Rutland']));
    expect(a.child.exitCode !== null || a.child.signalCode !== null).toBe(true);
  });
});
