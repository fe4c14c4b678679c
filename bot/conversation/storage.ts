import { LRUCache } from 'lru-cache';
import type { Storage, StoreItems } from 'botbuilder';

/**
 * In-memory bot state with a cap and an idle expiry, so a public web chat cannot grow the
 * process without bound. State is only an area and a role, so losing it on restart is fine.
 */
/** How long a conversation's state is kept without a message (the privacy page says so). */
export const STATE_IDLE_MS = 24 * 3600_000;

export class BoundedMemoryStorage implements Storage {
  private readonly cache: LRUCache<string, string>;

  constructor(options: { maxEntries?: number; idleMs?: number } = {}) {
    this.cache = new LRUCache({ max: options.maxEntries ?? 20_000, ttl: options.idleMs ?? STATE_IDLE_MS, updateAgeOnGet: true });
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const value = this.cache.get(key);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) this.cache.set(key, JSON.stringify(value));
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.cache.delete(key);
  }
}
