// The CoralCollective mark: three linked nodes, a crew handing work along.
export function CoralMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={className} aria-hidden="true">
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path d="M10 21 16 11l6 10" className="stroke-primary-foreground" strokeWidth="2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="21" r="3" className="fill-primary-foreground" />
      <circle cx="16" cy="11" r="3" className="fill-primary-foreground" />
      <circle cx="22" cy="21" r="3" className="fill-primary-foreground" />
    </svg>
  );
}
