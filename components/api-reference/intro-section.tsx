// The top of the API reference: what the API is for, and the conventions
// every endpoint shares — authentication, base URL, pagination, idempotency,
// rate limits and errors — each with the snippet a developer copies first.
import { FileJson } from "lucide-react";
import type { ReactNode } from "react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

import { CodeBlock } from "./code-block";
import { API_KEY_VARIABLE } from "./curl";

export type TIntroProps = {
  title: string;
  version?: string;
  baseUrl: string;
  /** Where the raw OpenAPI document is served, e.g. /api/v1/openapi.json. */
  documentHref: string;
  scopes: { name: string; description: string }[];
};

function Topic({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-20 space-y-3">
      <h2 id={`${id}-title`} className="text-base font-semibold tracking-tight">
        <a href={`#${id}`} className="rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
          {title}
        </a>
      </h2>
      <div className="space-y-3 text-sm leading-relaxed text-muted-foreground [&_code]:font-mono [&_code]:text-[0.9em] [&_code]:text-foreground">{children}</div>
    </section>
  );
}

export function IntroSection({ title, version, baseUrl, documentHref, scopes }: TIntroProps) {
  return (
    <div id="introduction" className="scroll-mt-20 space-y-10 pb-10">
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
          {version ? <Badge variant="outline">v{version}</Badge> : null}
        </div>
        <p className="max-w-2xl text-muted-foreground">
          Everything the dashboard does, for your scripts, CI and tools: create projects, start runs and wait for them, approve gates,
          fetch artifacts and search memory. JSON in and out; the reference below is generated from the same schemas that validate
          every request.
        </p>
        <Button asChild variant="outline" size="sm">
          <a href={documentHref}>
            <FileJson aria-hidden />
            OpenAPI 3.1 document
          </a>
        </Button>
      </header>

      <div className="grid gap-10 xl:grid-cols-2">
        <Topic id="authentication" title="Authentication">
          <p>
            Create a key in <strong className="font-medium text-foreground">Settings → API keys</strong> of your workspace (admins and owners). It
            is shown once, as <code>cc_live_…</code>. Send it on every request as <code>Authorization: Bearer cc_live_…</code>; a key acts in
            its own workspace only, with the scopes it was given:
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            {scopes.map((scope) => (
              <div key={scope.name} className="contents">
                <dt>
                  <code>{scope.name}</code>
                </dt>
                <dd>{scope.description}</dd>
              </div>
            ))}
          </dl>
          <p>
            The examples read the key from <code>{API_KEY_VARIABLE}</code>:
          </p>
          <CodeBlock caption="Shell" code={`export CORAL_API_KEY=cc_live_…`} copyLabel="Copy the export command" />
        </Topic>

        <Topic id="base-url" title="Base URL">
          <p>Every path below is relative to:</p>
          <CodeBlock caption="Base URL" code={baseUrl} copyLabel="Copy the base URL" />
          <p>
            Requests with a body send <code>Content-Type: application/json</code> (at most 1 MB). Times are ISO 8601 in UTC; ids are
            opaque strings.
          </p>
        </Topic>

        <Topic id="pagination" title="Pagination">
          <p>
            Lists take <code>limit</code> (1–100, 20 by default) and <code>cursor</code>, and answer one page with the cursor of the next,
            newest first. Pass <code>nextCursor</code> back as <code>cursor</code> until it is <code>null</code>.
          </p>
          <CodeBlock caption="A page" code={`{\n  "data": [ … ],\n  "nextCursor": "eyJpZCI6…"\n}`} copyLabel="Copy the page shape" />
        </Topic>

        <Topic id="idempotency" title="Idempotency">
          <p>
            Send an <code>Idempotency-Key</code> header (any unique string up to 255 characters, a UUID for instance) on <code>POST</code>{" "}
            requests and retry them safely: for 24 hours the same key with the same body returns the first response again, with{" "}
            <code>Idempotent-Replayed: true</code>. The same key with a different body is refused with{" "}
            <a href="#idempotency-key-reused" className="text-primary underline-offset-4 hover:underline">
              422
            </a>
            ; a retry while the first request is still running gets{" "}
            <a href="#conflict" className="text-primary underline-offset-4 hover:underline">
              409
            </a>
            .
          </p>
        </Topic>

        <Topic id="rate-limits" title="Rate limits">
          <p>
            Requests are limited per key (by the workspace&apos;s plan), and per address for requests without a valid key. Every response
            says where you stand:
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1.5">
            <dt>
              <code>RateLimit-Limit</code>
            </dt>
            <dd>requests allowed in the current window</dd>
            <dt>
              <code>RateLimit-Remaining</code>
            </dt>
            <dd>requests left in it</dd>
            <dt>
              <code>RateLimit-Reset</code>
            </dt>
            <dd>seconds until it starts over</dd>
            <dt>
              <code>Retry-After</code>
            </dt>
            <dd>
              on a{" "}
              <a href="#rate-limited" className="text-primary underline-offset-4 hover:underline">
                429
              </a>
              : seconds to wait before trying again
            </dd>
          </dl>
        </Topic>

        <Topic id="errors" title="Errors">
          <p>
            Every failure answers <code>application/problem+json</code> (RFC 9457). <code>type</code> names the kind of problem and links to
            its entry under{" "}
            <a href="#problems" className="text-primary underline-offset-4 hover:underline">
              Problems
            </a>
            ; <code>detail</code> says what went wrong with this request; <code>errors</code> names each invalid field.
          </p>
        </Topic>
      </div>
    </div>
  );
}
