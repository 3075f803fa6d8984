"use client";

// What a GitHub App needs to review pull requests here: the URLs GitHub calls
// on this server, the permissions and the events. Shown as the manual
// alternative to the manifest, and for checking an existing app's settings.
import { CopyButton } from "@/components/shell/copy-button";
import { cn } from "@/components/ui/cn";
import type { TGitHubSetupStatus } from "@/server/services/github/connect/github-setup-status";
import { githubAppPermissionReasons } from "@/server/services/github/connect/schemas";

function UrlRow({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="pt-1.5 text-sm font-medium">{label}</dt>
      <dd className="grid gap-1">
        <div className="flex items-center gap-1">
          <code className="min-w-0 flex-1 truncate rounded-md border bg-muted/50 px-2 py-1.5 font-mono text-xs" title={value}>
            {value}
          </code>
          <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} successMessage={`${label} copied`} size="icon-sm" variant="ghost" />
        </div>
        <span className="text-xs text-muted-foreground">{hint}</span>
      </dd>
    </div>
  );
}

export function AppRequirements({ status, className }: { status: TGitHubSetupStatus; className?: string }) {
  return (
    <div className={cn("grid gap-5 text-sm", className)}>
      <dl className="grid gap-3">
        <UrlRow label="Webhook URL" value={status.urls.webhookUrl} hint="Active, content type application/json, with a webhook secret you also set as GITHUB_WEBHOOK_SECRET." />
        <UrlRow label="Setup URL" value={status.urls.setupUrl} hint="Tick “Redirect on update” so changing repositories comes back here too." />
        <UrlRow label="Homepage URL" value={status.urls.homepageUrl} hint="Any page about the app; this server will do." />
      </dl>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="github-permissions" className="grid content-start gap-2">
          <h4 id="github-permissions" className="font-medium">
            Repository permissions
          </h4>
          <ul className="grid gap-1.5">
            {Object.entries(status.permissions).map(([name, access]) => (
              <li key={name} className="grid">
                <span>
                  <code className="font-mono text-xs font-medium">{name}</code>: {access === "write" ? "Read and write" : "Read-only"}
                </span>
                <span className="text-xs text-muted-foreground">to {githubAppPermissionReasons[name as keyof typeof githubAppPermissionReasons]}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="github-events" className="grid content-start gap-2">
          <h4 id="github-events" className="font-medium">
            Subscribe to events
          </h4>
          <ul className="grid gap-1">
            {status.events.map((event) => (
              <li key={event}>
                <code className="font-mono text-xs font-medium">{event}</code>
              </li>
            ))}
          </ul>
          <p className="text-xs text-muted-foreground">Installation events are sent to every GitHub App without subscribing.</p>
        </section>
      </div>
    </div>
  );
}
