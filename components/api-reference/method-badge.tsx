// The HTTP method as a tinted chip, one colour per kind of method: reads in
// blue, creates in green, changes in amber, deletes in red.
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

const variants: Record<string, BadgeProps["variant"]> = {
  get: "info",
  head: "info",
  post: "success",
  put: "warning",
  patch: "warning",
  delete: "destructive",
};

export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <Badge variant={variants[method.toLowerCase()] ?? "secondary"} className={cn("w-14 font-mono text-[11px] tracking-wide uppercase", className)}>
      {method.toUpperCase()}
    </Badge>
  );
}
