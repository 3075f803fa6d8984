// Classes shared by floating menus (<DropdownMenu>, <Select>) so every list looks the same.
import { cn } from "./cn";

export const menuContentClassName = cn(
  "z-50 min-w-[8rem] overflow-x-hidden overflow-y-auto rounded-lg border bg-popover p-1 text-popover-foreground shadow-lg",
  "data-[state=open]:animate-popover-in data-[state=closed]:animate-popover-out",
);

export const menuItemClassName = cn(
  "relative flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-none select-none",
  "focus:bg-accent focus:text-accent-foreground",
  "data-[disabled]:pointer-events-none data-[disabled]:opacity-50",
  "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4 [&_svg:not([class*='text-'])]:text-muted-foreground",
);

export const menuLabelClassName = "px-2 py-1.5 text-xs font-medium text-muted-foreground";

export const menuSeparatorClassName = "-mx-1 my-1 h-px bg-border";
