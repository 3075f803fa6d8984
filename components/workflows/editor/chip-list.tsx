// Identifiers shown as chips, read-only (where the editor would offer removing them).
import { Chip } from "@/components/agents/custom/chip-inputs";

export function ChipList({ items, label, empty }: { items: readonly string[]; label: string; empty: string }) {
  if (items.length === 0) return <p className="text-[13px] text-muted-foreground italic">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={label}>
      {items.map((item) => (
        <Chip key={item} removeLabel="">
          {item}
        </Chip>
      ))}
    </ul>
  );
}
