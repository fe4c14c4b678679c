import { describe, expect, it } from 'vitest';
import { ConversationStore, defaultConversationLimits } from '../../bot/channels/directline/conversations';

const message = (text: string) => ({ type: 'message', text });

describe('local Direct Line conversation store', () => {
  it('numbers activities, and returns only those after the watermark', () => {
    const store = new ConversationStore();
    expect(store.start('c1', 'u1')).toEqual({ created: true, mine: true });
    expect(store.start('c1', 'u1')).toEqual({ created: false, mine: true });
    expect(store.start('c1', 'someone-else')).toEqual({ created: false, mine: false });
    const [first] = store.append('c1', [message('one')])!;
    store.append('c1', [message('two'), message('three')]);
    expect(first!.id).toMatch(/^c1\|/);
    expect(store.since('c1', undefined)!.activities.map((a) => a.text)).toEqual(['one', 'two', 'three']);
    expect(store.since('c1', 1)).toMatchObject({ watermark: '3' });
    expect(store.since('c1', 1)!.activities.map((a) => a.text)).toEqual(['two', 'three']);
    expect(store.since('c1', 3)).toEqual({ activities: [], watermark: '3' });
  });

  it('gives each activity a later timestamp than the one before', () => {
    const store = new ConversationStore();
    store.start('c', 'u');
    const added = store.append('c', Array.from({ length: 20 }, (_, i) => message(String(i))))!;
    const times = added.map((a) => Date.parse(a.timestamp));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
  });

  it('keeps only the most recent activities of a long conversation', () => {
    const store = new ConversationStore({ ...defaultConversationLimits, maxActivitiesPerConversation: 5 });
    store.start('c', 'u');
    for (let i = 1; i <= 12; i++) store.append('c', [message(String(i))]);
    const page = store.since('c', undefined)!;
    expect(page.activities.map((a) => a.text)).toEqual(['8', '9', '10', '11', '12']);
    expect(page.watermark).toBe('12');
  });

  it('forgets an idle conversation', async () => {
    const store = new ConversationStore({ ...defaultConversationLimits, idleMs: 40 });
    store.start('c', 'u');
    await new Promise((r) => setTimeout(r, 80));
    expect(store.userOf('c')).toBeUndefined();
    expect(store.since('c', undefined)).toBeUndefined();
    expect(store.append('c', [message('late')])).toBeUndefined();
  });

  it('caps the number of conversations and the bytes they hold, dropping the least recently used', () => {
    const byCount = new ConversationStore({ ...defaultConversationLimits, maxConversations: 3 });
    for (const id of ['a', 'b', 'c', 'd']) byCount.start(id, 'u');
    expect(byCount.size).toBe(3);
    expect(byCount.userOf('a')).toBeUndefined();

    const byBytes = new ConversationStore({ ...defaultConversationLimits, maxTotalBytes: 20_000 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      byBytes.start(id, 'u');
      byBytes.append(id, [message('x'.repeat(5_000))]);
    }
    expect(byBytes.size).toBeLessThan(5);
    expect(byBytes.userOf('e')).toBe('u');
    expect(byBytes.userOf('a')).toBeUndefined();
  });
});
