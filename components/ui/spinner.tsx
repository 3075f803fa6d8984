// Indeterminate progress indicator. Announced as a status unless hidden (e.g. inside a button
// that already says what is happening).
import { LoaderCircle } from "lucide-react";
import type { ComponentProps } from "react";

import { cn } from "./cn";

const sizes = {
  sm: "size-3.5",
  default: "size-4",
  lg: "size-6",
} as const;

export type SpinnerProps = Omit<ComponentProps<"svg">, "children"> & {
  size?: keyof typeof sizes;
  /** Accessible name; ignored when `aria-hidden` is set. */
  label?: string;
};

export function Spinner({ size = "default", label = "Loading", className, ...props }: SpinnerProps) {
  const hidden = props["aria-hidden"] === true || props["aria-hidden"] === "true";
  return (
    <LoaderCircle
      data-slot="spinner"
      role={hidden ? undefined : "status"}
      aria-label={hidden ? undefined : label}
      className={cn("shrink-0 animate-spin text-current", sizes[size], className)}
      {...props}
    />
  );
}
