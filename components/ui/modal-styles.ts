// Classes shared by <Dialog> and <AlertDialog> so both modals look and move the same.
import { cn } from "./cn";

export const overlayClassName = cn(
  "fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px] dark:bg-black/60",
  "data-[state=open]:animate-fade-in data-[state=closed]:animate-fade-out",
);

export const modalContentClassName = cn(
  "fixed top-[50%] left-[50%] z-50 grid w-full max-w-[calc(100%-2rem)] translate-x-[-50%] translate-y-[-50%] gap-4",
  "rounded-xl border bg-popover p-6 text-popover-foreground shadow-xl outline-none sm:max-w-lg",
  "data-[state=open]:animate-dialog-in data-[state=closed]:animate-dialog-out",
);
