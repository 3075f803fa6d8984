"use client";

// The current time, refreshed every `intervalMs` while `enabled` (a running
// step's clock ticks; a finished run's page stays still).
import { useEffect, useState } from "react";

export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, enabled]);
  return now;
}
