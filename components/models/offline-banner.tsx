// Said loudly at the top of Settings → Models while no provider is configured:
// every agent answer is a deterministic draft from the built-in offline model.
import { WifiOff } from "lucide-react";

const envVars = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENAI_COMPATIBLE_BASE_URL"];

export function OfflineBanner({ canManage }: { canManage: boolean }) {
  return (
    <div role="status" className="flex gap-3 rounded-xl border border-warning/30 bg-warning/10 px-4 py-3.5 text-sm">
      <WifiOff className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
      <p className="text-pretty">
        <strong className="font-semibold">Agents are using the offline model:</strong> deterministic drafts, no provider
        configured. {canManage ? "Add a key below" : "Ask an admin to add a key here,"} or set{" "}
        {envVars.map((name, i) => (
          <span key={name}>
            {i > 0 ? " / " : null}
            <code className="rounded bg-background/70 px-1 py-0.5 font-mono text-xs">{name}</code>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
