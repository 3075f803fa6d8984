"use client";

// What webhooks are for, what a delivery looks like and how a receiver checks
// it: the events, a sample payload, the signature headers and a Node snippet.
import { CopyButton } from "@/components/shell/copy-button";
import { cn } from "@/components/ui/cn";

import { eventLabels, nodeVerifySnippet, samplePayload, signatureHeaders, webhookEventDescriptions, webhookEventTypes } from "./webhook-meta";

function CodeBlock({ code, label, className }: { code: string; label: string; className?: string }) {
  return (
    <div className={cn("relative", className)}>
      <pre className="max-h-80 overflow-auto rounded-md border bg-muted/50 px-3 py-2 pr-12 font-mono text-xs leading-relaxed" aria-label={label}>
        <code>{code}</code>
      </pre>
      <CopyButton value={code} label={`Copy ${label.toLowerCase()}`} successMessage={`${label} copied`} size="icon-sm" variant="ghost" className="absolute top-1.5 right-1.5" />
    </div>
  );
}

export function WebhookGuide({ className }: { className?: string }) {
  return (
    <div className={cn("grid gap-6 text-left text-sm", className)}>
      <section className="grid gap-2" aria-labelledby="webhook-guide-events">
        <h3 id="webhook-guide-events" className="font-semibold">
          Events
        </h3>
        <p className="text-muted-foreground">
          When a run finishes or stops for an approval, CoralCollective POSTs a JSON event to each endpoint subscribed to
          it. Failed deliveries (no 2xx answer within 10 seconds) are retried for about a day, after 1 min, 5 min, 30 min,
          2 h, 6 h and 12 h; every attempt shows up in the endpoint&apos;s delivery log.
        </p>
        <ul className="grid gap-1">
          {webhookEventTypes.map((type) => (
            <li key={type} className="flex flex-wrap items-baseline gap-x-2">
              <code className="font-mono text-xs font-medium">{type}</code>
              <span className="text-muted-foreground">
                {eventLabels[type]}: {webhookEventDescriptions[type]}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="grid gap-2" aria-labelledby="webhook-guide-payload">
        <h3 id="webhook-guide-payload" className="font-semibold">
          Sample payload
        </h3>
        <p className="text-muted-foreground">
          <code className="font-mono text-xs">run.waiting_approval</code> adds{" "}
          <code className="font-mono text-xs">data.approval</code> with its id, step, reason, prompt and expiry.
        </p>
        <CodeBlock code={samplePayload} label="Sample payload" />
      </section>
      <section className="grid gap-2" aria-labelledby="webhook-guide-verify">
        <h3 id="webhook-guide-verify" className="font-semibold">
          Verify the signature
        </h3>
        <p className="text-muted-foreground">
          Each endpoint has its own secret (<code className="font-mono text-xs">whsec_…</code>), shown once when you add
          it. Check every request against the raw body before you trust it:
        </p>
        <dl className="grid gap-1.5">
          {signatureHeaders.map((header) => (
            <div key={header.name} className="grid gap-x-3 sm:grid-cols-[14rem_1fr]">
              <dt>
                <code className="font-mono text-xs font-medium">{header.name}</code>
              </dt>
              <dd className="text-muted-foreground">{header.meaning}</dd>
            </div>
          ))}
        </dl>
        <CodeBlock code={nodeVerifySnippet} label="Node verification snippet" />
      </section>
    </div>
  );
}
