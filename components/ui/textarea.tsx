// Multi-line text input; grows with its content where the browser supports field-sizing.
import type { ComponentProps } from "react";

import { cn } from "./cn";
import { inputClassName } from "./input";

export type TextareaProps = ComponentProps<"textarea">;

export function Textarea({ className, ...props }: TextareaProps) {
  return (
    <textarea
      data-slot="textarea"
      className={cn(inputClassName, "field-sizing-content h-auto min-h-20 py-2 leading-relaxed", className)}
      {...props}
    />
  );
}
