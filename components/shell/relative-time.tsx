"use client";

// "3 minutes ago" / "in 7 days", kept fresh while the page stays open. The exact
// timestamp is in the tooltip and the machine-readable `dateTime`.
import { useEffect, useState, useSyncExternalStore, type ComponentProps } from "react";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// [unit, its length in seconds, the distance from which it is used]. Days run to
// two weeks so "in 7 days" reads as such rather than "next week".
const units: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ["year", 365 * DAY, 365 * DAY],
  ["month", 30 * DAY, 45 * DAY],
  ["week", 7 * DAY, 14 * DAY],
  ["day", DAY, 22 * HOUR],
  ["hour", HOUR, 45 * MINUTE],
  ["minute", MINUTE, 45],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatRelativeTime(date: Date, now: number = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size, from] of units) {
    if (Math.abs(seconds) >= from) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

export function formatDateTime(date: Date): string {
  return absolute.format(date);
}

const noSubscribe = () => () => {};

/**
 * False during the server render and hydration, true after. Server-rendered times
 * use the server's clock and time zone; this re-renders them with the reader's.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}

export type RelativeTimeProps = Omit<ComponentProps<"time">, "children" | "dateTime"> & {
  date: Date;
  /** Text before the relative time, e.g. "Updated". */
  prefix?: string;
};

export function RelativeTime({ date, prefix, ...props }: RelativeTimeProps) {
  const hydrated = useHydrated();
  const now = useNow(30_000);
  const text = formatRelativeTime(date, now);
  return (
    <time
      dateTime={date.toISOString()}
      title={hydrated ? formatDateTime(date) : undefined}
      suppressHydrationWarning
      {...props}
    >
      {prefix ? `${prefix} ${text}` : text}
    </time>
  );
}

/** An absolute date and time in the reader's time zone (blank until hydrated). */
export function DateTime({ date, ...props }: Omit<ComponentProps<"time">, "children" | "dateTime"> & { date: Date }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={date.toISOString()} {...props}>
      {hydrated ? formatDateTime(date) : "\u00a0"}
    </time>
  );
}
