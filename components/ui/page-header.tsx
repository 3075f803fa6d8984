// Top of every dashboard page: optional breadcrumb, the page's h1, a one-line description,
// and the page's primary actions on the right.
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";

import { cn } from "./cn";

export type BreadcrumbItem = { label: ReactNode; href?: string };

export type PageHeaderProps = Omit<ComponentProps<"header">, "title"> & {
  title: ReactNode;
  description?: ReactNode;
  /** Buttons for the page's main actions; the primary one last. */
  actions?: ReactNode;
  /** Ancestors of this page; the last item is the current page and is not linked. */
  breadcrumb?: BreadcrumbItem[];
};

export function PageHeader({ title, description, actions, breadcrumb, className, ...props }: PageHeaderProps) {
  return (
    <header data-slot="page-header" className={cn("flex flex-col gap-3 pb-6", className)} {...props}>
      {breadcrumb && breadcrumb.length > 0 ? (
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-1 text-[13px] text-muted-foreground">
            {breadcrumb.map((item, index) => {
              const isLast = index === breadcrumb.length - 1;
              return (
                <li key={index} className="flex items-center gap-1">
                  {item.href && !isLast ? (
                    <Link
                      href={item.href}
                      className="rounded-sm transition-colors outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      {item.label}
                    </Link>
                  ) : (
                    <span aria-current={isLast ? "page" : undefined} className={cn(isLast && "text-foreground")}>
                      {item.label}
                    </span>
                  )}
                  {isLast ? null : <ChevronRight aria-hidden className="size-3.5 opacity-60" />}
                </li>
              );
            })}
          </ol>
        </nav>
      ) : null}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <h1 className="truncate text-2xl font-semibold tracking-tight">{title}</h1>
          {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  );
}
