/** A per-user sliding window: a few questions per ten seconds, then a polite wait. */
export class Cooldown {
  private hits = new Map<string, number[]>();

  constructor(
    private max: number,
    private windowMs: number,
  ) {}

  /** Record a question; returns ms to wait when over the limit, else 0. */
  take(user: string, now = Date.now()): number {
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(user, recent);
      return this.windowMs - (now - recent[0]);
    }
    recent.push(now);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.hits.clear(); // bound memory on very busy servers
    return 0;
  }
}
