// Class-name helper for every component: conditional classes via clsx, with
// later Tailwind utilities overriding earlier conflicting ones (tailwind-merge),
// so a caller's `className` always wins over a component's defaults.
import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
