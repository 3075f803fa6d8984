"use client";

// The workspace frame: sidebar on the left (a sheet behind a menu button on narrow
// screens), the top bar, and the page.
import * as SheetPrimitive from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { overlayClassName } from "@/components/ui/modal-styles";
import type { TWorkspaceListItem } from "@/server/services/workspaces/list-workspaces";

import { Sidebar } from "./sidebar";
import { TopBar } from "./top-bar";

function MobileNav({ workspaces }: { workspaces: TWorkspaceListItem[] }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // Close when the route changes (a link inside the sheet, or back/forward).
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }

  return (
    <SheetPrimitive.Root open={open} onOpenChange={setOpen}>
      <SheetPrimitive.Trigger asChild>
        <Button variant="ghost" size="icon-sm" className="-ml-1.5 lg:hidden" aria-label="Open navigation">
          <Menu aria-hidden />
        </Button>
      </SheetPrimitive.Trigger>
      <SheetPrimitive.Portal>
        <SheetPrimitive.Overlay className={overlayClassName} />
        <SheetPrimitive.Content
          className={cn(
            "fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] border-r shadow-xl outline-none",
            "data-[state=open]:animate-fade-in data-[state=closed]:animate-fade-out",
          )}
        >
          <SheetPrimitive.Title className="sr-only">Navigation</SheetPrimitive.Title>
          <SheetPrimitive.Description className="sr-only">Workspace sections and account</SheetPrimitive.Description>
          <Sidebar workspaces={workspaces} onNavigate={() => setOpen(false)} />
          <SheetPrimitive.Close asChild>
            <Button variant="ghost" size="icon-sm" className="absolute top-3.5 -right-11 bg-background" aria-label="Close navigation">
              <X aria-hidden />
            </Button>
          </SheetPrimitive.Close>
        </SheetPrimitive.Content>
      </SheetPrimitive.Portal>
    </SheetPrimitive.Root>
  );
}

export function AppShell({ workspaces, children }: { workspaces: TWorkspaceListItem[]; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh bg-background">
      <a
        href="#main"
        className="sr-only rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 border-r border-sidebar-border lg:block">
        <Sidebar workspaces={workspaces} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar menuButton={<MobileNav workspaces={workspaces} />} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 lg:px-10">
          {children}
        </main>
      </div>
    </div>
  );
}
