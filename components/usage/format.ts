// How usage numbers read: dollars with as many decimals as a small cost needs
// ($0.0123, $1,234.56), tokens in thousands (12.3k), latencies in ms or s, and
// the UTC days the usage summary buckets by.
const grouped = new Intl.NumberFormat("en-US");
const usdLarge = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdSmall = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });
const dayShort = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const dayLong = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const dateMedium = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
const monthLong = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** "$0.00", "<$0.0001", "$0.0123", "$0.25", "$1,234.56". */
export function formatUsd(value: number): string {
  if (value === 0) return "$0.00";
  const abs = Math.abs(value);
  if (abs < 0.0001) return value < 0 ? "-<$0.0001" : "<$0.0001";
  return (abs < 1 ? usdSmall : usdLarge).format(value);
}

/** Short form for chart axes: "$0", "$0.005", "$1.5", "$12", "$1.2k". */
export function formatUsdAxis(value: number): string {
  if (value === 0) return "$0";
  if (value >= 1000) return `$${compact(value)}`;
  if (value >= 10) return `$${Math.round(value)}`;
  return `$${Number(value.toPrecision(2))}`;
}

function trimZero(text: string): string {
  return text.replace(/\.0$/, "");
}

function compact(value: number): string {
  const abs = Math.abs(value);
  if (abs < 1000) return grouped.format(Math.round(value));
  if (abs < 999_950) return `${trimZero((value / 1000).toFixed(1))}k`;
  if (abs < 999_950_000) return `${trimZero((value / 1_000_000).toFixed(1))}M`;
  return `${trimZero((value / 1_000_000_000).toFixed(1))}B`;
}

/** "950", "12.3k", "4.5M". */
export function formatTokens(value: number): string {
  return compact(value);
}

/** "1,234". */
export function formatCount(value: number): string {
  return grouped.format(value);
}

/** A 0–1 ratio: "0%", "0.4%", "42%", "100%". */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  if (pct === 0 || pct >= 10) return `${Math.round(pct)}%`;
  return `${trimZero(pct.toFixed(1))}%`;
}

/** "840 ms", "1.2 s", "2 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trimZero((ms / 1000).toFixed(1))} s`;
  return `${trimZero((ms / 60_000).toFixed(1))} min`;
}

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "2026-11-26" → "Nov 26". */
export function formatDay(day: string): string {
  return dayShort.format(utcDate(day));
}

/** "2026-11-26" → "Thu, Nov 26, 2026". */
export function formatDayLong(day: string): string {
  return dayLong.format(utcDate(day));
}

/** "2025-11-20" → "Nov 20, 2025". */
export function formatDate(day: string): string {
  return dateMedium.format(utcDate(day));
}

/** "2026-11" → "November 2026". */
export function formatMonth(month: string): string {
  return monthLong.format(utcDate(`${month}-01`));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
