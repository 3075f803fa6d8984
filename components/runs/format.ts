// How run numbers read: money to the cent (or to a hundredth of a cent when it
// is small, so offline and cheap calls don't all read "$0.00"), token counts in
// thousands, durations in the two largest units ("1m 20s").

const usd2 = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usd4 = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 4, maximumFractionDigits: 4 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("en-US");

/** $0.00, $0.0123, $1.50, $1,204.00. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value === 0) return usd2.format(0);
  return Math.abs(value) < 1 ? usd4.format(value) : usd2.format(value);
}

/** 850, 12.3k, 1.2M. */
export function formatCount(value: number): string {
  const abs = Math.abs(value);
  if (abs < 1_000) return whole.format(value);
  if (abs < 1_000_000) return `${oneDecimal.format(value / 1_000)}k`;
  return `${oneDecimal.format(value / 1_000_000)}M`;
}

/** "12.3k tokens", "1 token". */
export function formatTokens(value: number): string {
  return `${formatCount(value)} ${value === 1 ? "token" : "tokens"}`;
}

/** 0.4s, 12s, 1m 20s, 2h 5m, 3d 4h. */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return "—";
  if (ms < 10_000) {
    const seconds = ms / 1000;
    return seconds < 0.1 ? "<0.1s" : `${oneDecimal.format(seconds)}s`;
  }
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const sec = s % 60;
  if (d > 0) return h ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return sec ? `${m}m ${sec}s` : `${m}m`;
  return `${sec}s`;
}

/** Time between two moments; an unfinished span runs to `now`. */
export function spanMs(start: Date | null | undefined, end: Date | null | undefined, now: number): number | null {
  if (!start) return null;
  return Math.max(0, (end ?? new Date(now)).getTime() - start.getTime());
}

/** "backend_developer" → "Backend developer", for agents the catalogue no longer lists. */
export function humanizeId(id: string): string {
  const words = id.replace(/[_-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "1 step", "3 steps". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${whole.format(count)} ${count === 1 ? singular : pluralForm}`;
}
