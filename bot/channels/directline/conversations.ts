import { LRUCache } from 'lru-cache';
import type { Activity } from 'botbuilder';

/** As sent to the browser: JSON, so the timestamp is an ISO string. */
export type DirectLineActivity = Omit<Partial<Activity>, 'timestamp'> & { id: string; timestamp: string };

export type ConversationLimits = {
  maxConversations: number;
  idleMs: number;
  /** Older activities are dropped; a client that fell this far behind just misses them. */
  maxActivitiesPerConversation: number;
  /** Past this, new conversations are refused and a growing one drops its own oldest activities. */
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

/** What an empty conversation is counted as, so the byte bound also bounds their number. */
const CONVERSATION_OVERHEAD_BYTES = 256;
/**
 * A conversation trimmed for space keeps at least this many of its latest activities (a
 * question and its replies), so the byte bound is soft by at most that per conversation.
 */
const MIN_KEPT_WHEN_FULL = 5;

/**
 * The conversations of the bot's own Direct Line endpoint, in memory and bounded on every
 * axis a public page could push: how many conversations, how long an idle one lives, how
 * many activities each keeps and how many bytes all of them hold together. Polling a
 * conversation keeps it alive; a closed tab lets it expire. A live conversation is never
 * dropped to make room: when the store is full a new conversation is refused (the page says
 * "try again"), since 5,000 anonymous starts would otherwise push out a parent mid-question.
 */
export class ConversationStore {
  private readonly cache: LRUCache<string, Conversation>;
  private totalBytes = 0;

  constructor(readonly limits: ConversationLimits = defaultConversationLimits) {
    this.cache = new LRUCache<string, Conversation>({
      // start() refuses before this is reached, so the cache never evicts a live conversation.
      max: limits.maxConversations + 1,
      ttl: limits.idleMs,
      updateAgeOnGet: true,
      dispose: (c) => {
        this.totalBytes -= CONVERSATION_OVERHEAD_BYTES + c.bytes;
      },
    });
  }

  /**
   * Start a conversation, or find the one already started under this id (a retried start).
   * `mine` is false when it belongs to another user; `full` when there is no room for it.
   */
  start(id: string, userId: string): { created: boolean; mine: boolean; full?: boolean } {
    const existing = this.cache.get(id);
    if (existing) return { created: false, mine: existing.userId === userId };
    if (this.isFull()) {
      this.cache.purgeStale();
      if (this.isFull()) return { created: false, mine: true, full: true };
    }
    this.cache.set(id, { id, userId, lastSeq: 0, lastTime: 0, entries: [], bytes: 0 });
    this.totalBytes += CONVERSATION_OVERHEAD_BYTES;
    return { created: true, mine: true };
  }

  private isFull(): boolean {
    return this.cache.size >= this.limits.maxConversations || this.totalBytes >= this.limits.maxTotalBytes;
  }

  /** All bytes held, as counted against maxTotalBytes. */
  get bytes(): number {
    return this.totalBytes;
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
      this.totalBytes += bytes;
      added.push(stored);
    }
    const drop = () => {
      const dropped = conversation.entries.shift()?.bytes ?? 0;
      conversation.bytes -= dropped;
      this.totalBytes -= dropped;
    };
    while (conversation.entries.length > this.limits.maxActivitiesPerConversation) drop();
    // Over the total, this conversation pays with its own history, never another's.
    while (this.totalBytes > this.limits.maxTotalBytes && conversation.entries.length > MIN_KEPT_WHEN_FULL) drop();
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
