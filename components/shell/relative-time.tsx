"use client";

// "3 minutes ago" / "in 7 days", kept fresh while the page stays open. The exact
// timestamp is in the tooltip and the machine-readable `dateTime`.
import { useEffect, useState, type ComponentProps } from "react";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absolute = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatRelativeTime(date: Date, now: number = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size * 0.95 || unit === "minute") {
      return relative.format(Math.round(seconds / size), unit);
    }
  }
  return "just now";
}

export function formatDateTime(date: Date): string {
  return absolute.format(date);
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
  const now = useNow(30_000);
  const text = formatRelativeTime(date, now);
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} suppressHydrationWarning {...props}>
      {prefix ? `${prefix} ${text}` : text}
    </time>
  );
}
