import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot';
import { privacyPage } from '../../bot/channels/policy-pages';

describe('the privacy and terms pages', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ env: { SERVICE_OPERATOR: 'Rutland SENDIASS' } });
  });
  afterAll(async () => bot?.close());

  const get = async (path: string) => {
    const res = await fetch(`${bot.url}${path}`);
    return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), html: await res.text() };
  };

  it('says what is kept, what is removed first, for how long, and who runs the service', async () => {
    const page = await get('/privacy');
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/text\/html/);
    expect(page.csp).toMatch(/default-src 'none'/);
    expect(page.html).toContain('Rutland SENDIASS');
    // Memory: how long, and that "Start over" clears it.
    expect(page.html).toMatch(/forgotten after 24 hours without a message/);
    expect(page.html).toMatch(/Start over/);
    // The gap log: what is removed before writing, how much is kept.
    expect(page.html).toMatch(/gap log/);
    expect(page.html).toMatch(/email addresses, phone numbers, NHS numbers, postcodes/);
    expect(page.html).toMatch(/cut to 500 characters/);
    expect(page.html).toMatch(/holds at most 10 MB/);
    // Logs never hold what was typed; no cookies on the chat page.
    expect(page.html).toMatch(/never the words you typed/);
    expect(page.html).toMatch(/sets no cookies/);
    expect(page.html).toMatch(/href="\.\/"[^>]*>[^<]*Back to the chat/);
  });

  it('says what the service is and is not, with the crisis numbers', async () => {
    const page = await get('/terms');
    expect(page.status).toBe(200);
    expect(page.html).toContain('Rutland SENDIASS');
    expect(page.html).toMatch(/not advice about your child/);
    for (const number of ['999', '116 123', '0808 800 5000', '0800 1111']) expect(page.html).toContain(number);
    expect(page.html).toMatch(/href="privacy"/);
  });

  it('escapes the operator name it is given', async () => {
    const other = await startTestBot({ env: { SERVICE_OPERATOR: '<b>Council</b>' } });
    try {
      const html = await (await fetch(`${other.url}/privacy`)).text();
      expect(html).toContain('&lt;b&gt;Council&lt;/b&gt;');
      expect(html).not.toContain('<b>Council</b>');
    } finally {
      await other.close();
    }
  });

  it('says so when conversations and the gap log are kept in Azure storage, with no size limit', () => {
    const facts = { operator: 'LLR SENDIASS', memoryIdleHours: 24, gapLogMaxBytes: 5 * 1024 * 1024, gapQueryChars: 500, azureDirectLine: true, azureStorage: true };
    const html = privacyPage(facts, './');
    expect(html).toMatch(/one file a day in the service's own storage, until LLR SENDIASS deletes it/);
    expect(html).not.toMatch(/holds at most/);
    expect(html).toMatch(/Azure Bot Service \(Direct Line\)/);
  });
});
