// Loading placeholder with the shape of the content to come. Hidden from assistive tech:
// the region that is loading should carry `aria-busy` and a text status instead.
import type { ComponentProps } from "react";

import { cn } from "./cn";

export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-muted dark:bg-accent", className)}
      {...props}
    />
  );
}
