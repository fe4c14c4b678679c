import { LRUCache } from 'lru-cache';
import type { Activity } from 'botbuilder';

/** As sent to the browser: JSON, so the timestamp is an ISO string. */
export type DirectLineActivity = Omit<Partial<Activity>, 'timestamp'> & { id: string; timestamp: string };

export type ConversationLimits = {
  maxConversations: number;
  idleMs: number;
  /** Older activities are dropped; a client that fell this far behind just misses them. */
  maxActivitiesPerConversation: number;
  /** Least recently used conversations are dropped when all history passes this size. */
  maxTotalBytes: number;
};

export const defaultConversationLimits: ConversationLimits = {
  maxConversations: 5_000,
  idleMs: 30 * 60_000,
  maxActivitiesPerConversation: 100,
  maxTotalBytes: 64 * 1024 * 1024,
};

type Entry = { seq: number; bytes: number; activity: DirectLineActivity };

type Conversation = {
  id: string;
  userId: string;
  /** Sequence number of the last activity added; it is also the watermark. */
  lastSeq: number;
  /** Last timestamp handed out, so activities in one conversation never share one. */
  lastTime: number;
  entries: Entry[];
  bytes: number;
};

export type ActivityPage = { activities: DirectLineActivity[]; watermark: string };

/**
 * The conversations of the bot's own Direct Line endpoint, in memory and bounded on every
 * axis a public page could push: how many conversations, how long an idle one lives, how
 * many activities each keeps and how many bytes all of them hold together. Polling a
 * conversation keeps it alive; a closed tab lets it expire.
 */
export class ConversationStore {
  private readonly cache: LRUCache<string, Conversation>;

  constructor(readonly limits: ConversationLimits = defaultConversationLimits) {
    this.cache = new LRUCache<string, Conversation>({
      max: limits.maxConversations,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
      maxSize: limits.maxTotalBytes,
      // An empty conversation still costs something, so the byte bound also bounds count.
      sizeCalculation: (c) => 256 + c.bytes,
    });
  }

  /**
   * Start a conversation, or find the one already started under this id (a retried start).
   * `mine` is false when it belongs to another user.
   */
  start(id: string, userId: string): { created: boolean; mine: boolean } {
    const existing = this.cache.get(id);
    if (existing) return { created: false, mine: existing.userId === userId };
    this.cache.set(id, { id, userId, lastSeq: 0, lastTime: 0, entries: [], bytes: 0 });
    return { created: true, mine: true };
  }

  /** The user a live conversation belongs to; undefined once it has expired. */
  userOf(id: string): string | undefined {
    return this.cache.get(id)?.userId;
  }

  /**
   * Add activities in order, giving each an id and a timestamp. Returns the ids, or undefined
   * when the conversation has expired meanwhile.
   */
  append(id: string, activities: Partial<Activity>[]): DirectLineActivity[] | undefined {
    const conversation = this.cache.get(id);
    if (!conversation) return undefined;
    const added: DirectLineActivity[] = [];
    for (const activity of activities) {
      const seq = conversation.lastSeq + 1;
      conversation.lastSeq = seq;
      conversation.lastTime = Math.max(Date.now(), conversation.lastTime + 1);
      const stored: DirectLineActivity = {
        ...activity,
        id: `${id}|${String(seq).padStart(7, '0')}`,
        timestamp: new Date(conversation.lastTime).toISOString(),
      };
      const bytes = Buffer.byteLength(JSON.stringify(stored));
      conversation.entries.push({ seq, bytes, activity: stored });
      conversation.bytes += bytes;
      added.push(stored);
    }
    while (conversation.entries.length > this.limits.maxActivitiesPerConversation) {
      conversation.bytes -= conversation.entries.shift()?.bytes ?? 0;
    }
    // A new object makes the cache re-measure it (it skips an identical value) and evict the
    // least recently used conversations if the total is over.
    this.cache.set(id, { ...conversation });
    return added;
  }

  /** Activities after the watermark (all kept ones when it is absent), and the new watermark. */
  since(id: string, watermark: number | undefined): ActivityPage | undefined {
    const conversation = this.cache.get(id);
    if (!conversation) return undefined;
    const after = watermark ?? 0;
    return {
      activities: conversation.entries.filter((e) => e.seq > after).map((e) => e.activity),
      watermark: String(conversation.lastSeq),
    };
  }

  get size(): number {
    return this.cache.size;
  }
}
