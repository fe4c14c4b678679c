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

  it('never evicts a live conversation for a new one: when full, new conversations are refused', () => {
    const store = new ConversationStore({ ...defaultConversationLimits, maxConversations: 3 });
    expect(store.start('active', 'u').created).toBe(true);
    for (const id of ['b', 'c']) store.start(id, 'u');
    for (let i = 0; i < 5_100; i++) expect(store.start(`flood-${i}`, 'u')).toMatchObject({ created: false, full: true });
    expect(store.userOf('active')).toBe('u');
    expect(store.append('active', [message('still here')])).toHaveLength(1);
  });

  it('makes room again once idle conversations expire', async () => {
    const store = new ConversationStore({ ...defaultConversationLimits, maxConversations: 2, idleMs: 40 });
    store.start('a', 'u');
    store.start('b', 'u');
    expect(store.start('c', 'u').full).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(store.start('c', 'u').created).toBe(true);
  });

  it('bounds the bytes all conversations hold without dropping another conversation', () => {
    const store = new ConversationStore({ ...defaultConversationLimits, maxTotalBytes: 20_000 });
    for (const id of ['a', 'b']) {
      store.start(id, 'u');
      for (let i = 0; i < 8; i++) store.append(id, [message('x'.repeat(2_000))]);
    }
    // Over the total: the conversation that grew lost its own oldest activities, not 'a'.
    // Soft by at most the few activities a trimmed conversation keeps (5 here, about 2 KB each).
    expect(store.bytes).toBeLessThanOrEqual(20_000 + 5 * 2_200);
    expect(store.userOf('a')).toBe('u');
    expect(store.since('a', undefined)!.activities.length).toBeGreaterThanOrEqual(5);
    expect(store.since('b', undefined)!.activities.length).toBeGreaterThanOrEqual(5);
    // And while it is over, a new conversation waits rather than pushing one out.
    expect(store.start('c', 'u').full).toBe(true);
  });
});
