// Single-line text input. Invalid state comes from `aria-invalid` (set by <Field>), so the
// visual error and the accessible one cannot drift apart.
import type { ComponentProps } from "react";

import { cn } from "./cn";

export const inputClassName = cn(
  "flex h-9 w-full min-w-0 rounded-md border border-input bg-background px-3 py-1 text-sm shadow-xs",
  "transition-[color,border-color,box-shadow] outline-none dark:bg-input/20",
  "placeholder:text-muted-foreground selection:bg-primary/20",
  "focus-visible:border-ring focus-visible:ring-3 focus-visible:ring-ring/20",
  "aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive/20",
  "disabled:cursor-not-allowed disabled:opacity-50 read-only:bg-muted/50",
  "file:mr-3 file:inline-flex file:h-7 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
);

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input data-slot="input" type={type} className={cn(inputClassName, className)} {...props} />;
}
