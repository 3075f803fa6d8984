// Initials avatar. Never fetches images (no third-party requests, no broken-image states);
// the colour is derived from the name/email so a person keeps the same colour everywhere.
import type { ComponentProps } from "react";

import { cn } from "./cn";

// Tinted pairs readable in both themes; listed as full class strings so Tailwind generates them.
const palette = [
  "bg-orange-500/15 text-orange-700 dark:text-orange-300",
  "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  "bg-emerald-500/15 text-emerald-700 dark:text-emerald-300",
  "bg-teal-500/15 text-teal-700 dark:text-teal-300",
  "bg-sky-500/15 text-sky-700 dark:text-sky-300",
  "bg-indigo-500/15 text-indigo-700 dark:text-indigo-300",
  "bg-violet-500/15 text-violet-700 dark:text-violet-300",
  "bg-pink-500/15 text-pink-700 dark:text-pink-300",
] as const;

const sizes = {
  xs: "size-5 text-[9px]",
  sm: "size-6 text-[10px]",
  default: "size-8 text-xs",
  lg: "size-10 text-sm",
} as const;

/** "Ada Lovelace" → "AL", "ada.lovelace@acme.dev" → "AL", "ada@acme.dev" → "A". */
export function getInitials(nameOrEmail: string): string {
  const base = nameOrEmail.includes("@") ? (nameOrEmail.split("@")[0] ?? "") : nameOrEmail;
  const words = base
    .split(/[\s._\-+]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  const first = words[0];
  if (!first) return "?";
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const initials = (Array.from(first)[0] ?? "") + (last ? (Array.from(last)[0] ?? "") : "");
  return initials.toUpperCase();
}

/**
 * Stable string hash: FNV-1a plus a murmur3 finaliser. The finaliser matters — raw FNV's low
 * bits barely mix, so every "…@acme.dev" address would land on the same colour.
 */
function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type AvatarProps = Omit<ComponentProps<"span">, "children"> & {
  name?: string | null;
  email?: string | null;
  size?: keyof typeof sizes;
  shape?: "circle" | "square";
};

export function Avatar({ name, email, size = "default", shape = "circle", className, ...props }: AvatarProps) {
  const label = name?.trim() || email?.trim() || "";
  // Colour keys on email when present: it is the stable identity, names get edited.
  const key = (email?.trim() || label).toLowerCase();
  const colour = palette[hash(key) % palette.length];
  return (
    <span
      data-slot="avatar"
      role="img"
      aria-label={label || "Unknown user"}
      title={label || undefined}
      className={cn(
        "inline-flex shrink-0 items-center justify-center overflow-hidden font-semibold tracking-tight uppercase select-none",
        shape === "circle" ? "rounded-full" : "rounded-md",
        label ? colour : "bg-muted text-muted-foreground",
        sizes[size],
        className,
      )}
      {...props}
    >
      <span aria-hidden>{label ? getInitials(label) : "?"}</span>
    </span>
  );
}
