import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContainerClient } from '@azure/storage-blob';
import { randomUUID } from 'node:crypto';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startTestBot, type TestBot } from '../helpers/bot';
import { BlobStateStorage } from '../../bot/storage/state-storage';

/** Bot state in blob storage, as one instance sees it. */
describe('bot state in Azure blob storage', () => {
  let azurite: Azurite;
  let bot: TestBot;
  const container = 'state-test';
  beforeAll(async () => {
    azurite = await startAzurite();
    bot = await startTestBot({ env: { AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_CONTAINER: container } });
  });
  afterAll(async () => {
    await bot?.close();
    await azurite?.stop();
  });

  const blobs = () => new ContainerClient(azurite.connectionString, container);
  async function storedText(): Promise<string> {
    const out: string[] = [];
    for await (const b of blobs().listBlobsFlat({ prefix: 'state' })) out.push((await blobs().getBlobClient(b.name).downloadToBuffer()).toString('utf8'));
    return out.join('\n');
  }

  it('keeps what a person wrote in Welsh, Polish or Urdu intact', async () => {
    // Blob uploads are measured in bytes, and these letters take more than one each.
    const storage = new BlobStateStorage({ connectionString: azurite.connectionString, container });
    const typed = ['Beth yw cymorth SEN i fy mhlentyn? ŵ ŷ', 'Gdzie znajdę pomoc SEND? zażółć', 'SEND کے بارے میں مدد', 'emoji 👍'];
    for (const [i, query] of typed.entries()) {
      await storage.write({ [`webchat/conversations/lang-${i}`]: { lastAnswer: { id: 'sendiass', query } } });
      expect((await storage.read([`webchat/conversations/lang-${i}`]))[`webchat/conversations/lang-${i}`].lastAnswer.query).toBe(query);
    }
    // And through the bot, a turn in another language is answered, not failed.
    const replies = await bot.say('Gdzie znajdę pomoc SEND? zażółć', { conversation: randomUUID() });
    expect(replies.length).toBeGreaterThan(0);
  });

  it('never stores the personal details in what a person typed', async () => {
    // Conversation state keeps the question behind the last answer and a pending "which one?",
    // so a later "not helpful" can say what was asked.
    const storage = new BlobStateStorage({ connectionString: azurite.connectionString, container });
    const typed = 'What does SENDIASS do? my email is jo.bloggs@example.com and phone 07700 900321';
    await storage.write({ 'webchat/conversations/privacy': { lastAnswer: { id: 'sendiass', query: typed }, pendingClarify: { query: typed, options: ['a', 'b'] } } });
    const stored = await storedText();
    for (const detail of ['jo.bloggs@example.com', '07700 900321']) expect(stored).not.toContain(detail);
    const back = (await storage.read(['webchat/conversations/privacy']))['webchat/conversations/privacy'];
    expect(back.lastAnswer.query).toMatch(/^What does SENDIASS do\? my email is \[email\] and phone \[phone\]$/);
    expect(back.pendingClarify).toMatchObject({ options: ['a', 'b'] });
  });

  it('round-trips a record with its eTag, so concurrent writers are detected', async () => {
    const storage = new BlobStateStorage({ connectionString: azurite.connectionString, container });
    await storage.write({ 'test/one': { word: 'Ysgol ŵ', n: 1 } });
    const first = await storage.read(['test/one', 'test/missing']);
    expect(first['test/one']).toMatchObject({ word: 'Ysgol ŵ', n: 1 });
    expect(first['test/one'].eTag).toBeTruthy();
    expect(first['test/missing']).toBeUndefined();
    await storage.write({ 'test/one': { ...first['test/one'], n: 2 } });
    // Writing again with the old eTag is a conflict, not a silent overwrite.
    await expect(storage.write({ 'test/one': { ...first['test/one'], n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['test/one']))['test/one']).toMatchObject({ n: 2 });
  });

  it('says on /healthz when storage cannot be reached', async () => {
    const ok = await (await fetch(`${bot.url}/healthz`)).json();
    expect(ok.storage).toMatchObject({ kind: 'azure-blob', reachable: true });
    await azurite.stop();
    let health: any;
    for (let i = 0; i < 40; i++) {
      health = await (await fetch(`${bot.url}/healthz`)).json();
      if (health.storage.reachable === false) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(health.status).toBe('degraded');
    expect(health.storage.reachable).toBe(false);
    expect(JSON.stringify(health)).not.toMatch(/AccountKey|Eby8/);
  });
});

describe('bot state with no storage settings', () => {
  it('stays in this process and the gap log in DATA_DIR, as /healthz says', async () => {
    const bot = await startTestBot();
    try {
      const health = await (await fetch(`${bot.url}/healthz`)).json();
      expect(health.status).toBe('ok');
      expect(health.storage).toMatchObject({ kind: 'memory', reachable: true });
    } finally {
      await bot.close();
    }
  });
});
