// The public API reference page, rendered on the server from the OpenAPI
// document: a header bar, the contents in a left column (a disclosure on
// narrow screens), the introduction, one section per tag with its operations,
// and the problem reference.
import Link from "next/link";

import { CoralMark } from "@/components/brand/coral-mark";
import { ThemeToggle } from "@/components/theme-toggle";
import { Button } from "@/components/ui/button";

import { IntroSection } from "./intro-section";
import { isRecord } from "./json-schema";
import { OperationSection, type TScopeInfo } from "./operation-section";
import { apiBasePath, apiBaseUrl, readOperations, type TProblemKinds } from "./operations";
import { ProblemsSection } from "./problems-section";
import { ReferenceNav, tagAnchor } from "./reference-nav";
import { InlineText } from "./inline-text";

export type TApiReferenceProps = {
  document: Record<string, unknown>;
  /** The site's origin as callers reach it, for absolute URLs in the examples. */
  origin: string;
  problemKinds: TProblemKinds;
  problemDescriptions: Partial<Record<string, string>>;
  problemTypeBase: string;
  scopes: TScopeInfo & { described: { name: string; description: string }[] };
};

export function ApiReference({ document, origin, problemKinds, problemDescriptions, problemTypeBase, scopes }: TApiReferenceProps) {
  const groups = readOperations(document);
  const baseUrl = apiBaseUrl(document, origin);
  const info = isRecord(document.info) ? document.info : {};
  const title = typeof info.title === "string" ? info.title : "API reference";
  const version = typeof info.version === "string" ? info.version : undefined;

  return (
    <div className="min-h-dvh">
      <a
        href="#content"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/90 backdrop-blur supports-[backdrop-filter]:bg-background/75">
        <div className="mx-auto flex h-14 max-w-screen-2xl items-center justify-between gap-3 px-4 sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <Link href="/" className="flex items-center gap-2 rounded-md font-semibold tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring">
              <CoralMark className="size-7" />
              <span className="hidden sm:inline">CoralCollective</span>
            </Link>
            <span aria-hidden className="text-muted-foreground">/</span>
            <span className="truncate text-sm font-medium">API reference</span>
          </div>
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <Button asChild size="sm" variant="outline">
              <Link href="/">Open the app</Link>
            </Button>
          </div>
        </div>
      </header>

      <div className="mx-auto max-w-screen-2xl px-4 sm:px-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-10">
        <aside className="hidden lg:block">
          <div className="sticky top-14 max-h-[calc(100dvh-3.5rem)] overflow-y-auto py-8 pr-2">
            <ReferenceNav groups={groups} />
          </div>
        </aside>

        <main id="content" tabIndex={-1} className="min-w-0 py-8 outline-none">
          <details className="mb-8 rounded-lg border lg:hidden">
            <summary className="cursor-pointer rounded-lg px-4 py-2.5 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring">
              Contents
            </summary>
            <ReferenceNav groups={groups} className="border-t px-2 py-3" />
          </details>

          <IntroSection
            title={title}
            version={version}
            baseUrl={baseUrl}
            documentHref={`${apiBasePath(document)}/openapi.json`}
            scopes={scopes.described}
          />

          {groups.map((group) => (
            <section key={group.name} aria-labelledby={tagAnchor(group.name)} className="pt-6">
              <h2 id={tagAnchor(group.name)} className="scroll-mt-20 text-xl font-semibold tracking-tight">
                {group.name}
              </h2>
              {group.description ? (
                <p className="mt-1 max-w-2xl text-sm text-muted-foreground">
                  <InlineText text={group.description} />
                </p>
              ) : null}
              <div className="mt-2">
                {group.operations.map((operation) => (
                  <OperationSection key={operation.id} operation={operation} baseUrl={baseUrl} problemKinds={problemKinds} scopes={scopes} />
                ))}
              </div>
            </section>
          ))}

          <ProblemsSection kinds={problemKinds} descriptions={problemDescriptions} typeBase={problemTypeBase} document={document} />
        </main>
      </div>
    </div>
  );
}
