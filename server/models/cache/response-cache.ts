// The model response cache, three levels deep: L1 in this process (LRU), L2
// the shared Redis when configured, L3 Postgres. A hit at a lower level fills
// the levels above it. L2 trouble is never allowed to fail a call: it is
// counted and skipped.
import { LruCache } from "@/server/shared/lru-cache";
import type { TKeyValueStore } from "@/server/redis/client";
import type { TCachedResponse } from "@/server/services/models/model-cache-store";

export type TCacheLevel = "l1" | "l2" | "l3";
export type TPersistentCache = {
  read(workspaceId: string, key: string): Promise<TCachedResponse | null>;
  write(workspaceId: string, key: string, response: TCachedResponse, ttlSeconds: number): Promise<void>;
};

type TL1Entry = { response: TCachedResponse; expiresAt: number };

export class ResponseCache {
  private readonly l1: LruCache<string, TL1Entry>;
  readonly stats = { l1: 0, l2: 0, l3: 0, misses: 0, l2Errors: 0 };

  constructor(
    private readonly l2: TKeyValueStore | null,
    private readonly l3: TPersistentCache,
    capacity = 2_000,
  ) {
    this.l1 = new LruCache(capacity);
  }

  private l2Key = (workspaceId: string, key: string) => `coral:model-cache:${workspaceId}:${key}`;

  async get(workspaceId: string, key: string): Promise<{ response: TCachedResponse; level: TCacheLevel } | null> {
    const scoped = `${workspaceId}:${key}`;
    const local = this.l1.get(scoped);
    if (local && local.expiresAt > Date.now()) {
      this.stats.l1++;
      return { response: local.response, level: "l1" };
    }
    if (this.l2) {
      try {
        const raw = await this.l2.get(this.l2Key(workspaceId, key));
        if (raw) {
          const parsed = JSON.parse(raw) as { response: TCachedResponse; expiresAt: number };
          this.l1.set(scoped, parsed);
          this.stats.l2++;
          return { response: parsed.response, level: "l2" };
        }
      } catch {
        this.stats.l2Errors++;
      }
    }
    const stored = await this.l3.read(workspaceId, key);
    if (stored) {
      // The row's own expiry is not returned; a short L1 life keeps the levels close enough.
      this.l1.set(scoped, { response: stored, expiresAt: Date.now() + 60_000 });
      this.stats.l3++;
      return { response: stored, level: "l3" };
    }
    this.stats.misses++;
    return null;
  }

  async set(workspaceId: string, key: string, response: TCachedResponse, ttlSeconds: number): Promise<void> {
    if (ttlSeconds <= 0) return;
    const entry = { response, expiresAt: Date.now() + ttlSeconds * 1000 };
    this.l1.set(`${workspaceId}:${key}`, entry);
    if (this.l2) {
      try {
        await this.l2.set(this.l2Key(workspaceId, key), JSON.stringify(entry), ttlSeconds);
      } catch {
        this.stats.l2Errors++;
      }
    }
    await this.l3.write(workspaceId, key, response, ttlSeconds);
  }

  /** Forget the in-process level (tests, and after settings change the TTL). */
  clearLocal(): void {
    this.l1.clear();
  }

  get hitRatio(): number {
    const hits = this.stats.l1 + this.stats.l2 + this.stats.l3;
    const total = hits + this.stats.misses;
    return total === 0 ? 0 : hits / total;
  }
}
