// One operation of the API: what it does, which scope it needs, its path and
// query parameters, request body fields, responses, and a copyable curl
// command with an example response beside them. The section's id is the
// operationId, so `/docs/api#createProject` links straight to it.
import { KeyRound, Link2 } from "lucide-react";
import { Fragment } from "react";

import { cn } from "@/components/ui/cn";

import { CodeBlock } from "./code-block";
import { buildCurl } from "./curl";
import { FieldList, type TFieldEntry } from "./field-list";
import { InlineText } from "./inline-text";
import { MethodBadge } from "./method-badge";
import { kindsForStatus, permissionOf, type TOperationView, type TParameterView, type TProblemKinds, type TResponseView } from "./operations";
import { sampleValue } from "./sample-value";
import { schemaTable } from "./schema-rows";

export type TScopeInfo = {
  /** Every permission the app knows, to find the one an operation names. */
  permissions: readonly string[];
  /** The key scopes that grant each permission. */
  scopesFor: Record<string, string[]>;
};

function parameterEntry(parameter: TParameterView): TFieldEntry {
  return {
    key: `${parameter.in}:${parameter.name}`,
    name: parameter.name,
    kind: "field",
    depth: 0,
    type: parameter.type,
    required: parameter.required,
    deprecated: parameter.deprecated,
    description: parameter.description,
    constraints: parameter.constraints,
    values: parameter.values,
    valuesOf: "value",
    keys: [],
    recursive: false,
  };
}

function Subheading({ children, aside }: { children: string; aside?: string }) {
  return (
    <h4 className="mb-2 flex flex-wrap items-baseline gap-x-2 text-sm font-semibold">
      {children}
      {aside ? <span className="font-mono text-xs font-normal text-muted-foreground">{aside}</span> : null}
    </h4>
  );
}

function ScopeNote({ operation, scopes }: { operation: TOperationView; scopes: TScopeInfo }) {
  const permission = permissionOf(operation.description, scopes.permissions);
  const granting = permission ? (scopes.scopesFor[permission] ?? []) : [];
  return (
    <div className="flex items-start gap-2 rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground">
      <KeyRound aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        {permission ? (
          <>
            Needs <code className="font-mono text-[0.85em] text-foreground">{permission}</code>
            {granting.length ? (
              <>
                {" "}
                — a key with scope{" "}
                {granting.map((scope, index) => (
                  <span key={scope}>
                    {index > 0 ? (index === granting.length - 1 ? " or " : ", ") : null}
                    <code className="font-mono text-[0.85em] text-foreground">{scope}</code>
                  </span>
                ))}
                .
              </>
            ) : (
              "."
            )}
          </>
        ) : operation.description ? (
          <InlineText text={operation.description} />
        ) : (
          "Any valid API key of the workspace."
        )}
      </p>
    </div>
  );
}

function statusClass(status: string): string {
  if (status.startsWith("2")) return "text-success";
  if (status.startsWith("5")) return "text-destructive";
  return "text-warning";
}

function SuccessResponse({ response }: { response: TResponseView }) {
  const table = response.schema && response.context ? schemaTable(response.schema, response.context) : undefined;
  return (
    <li className="py-2.5">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className={cn("font-mono font-semibold", statusClass(response.status))}>{response.status}</span>
        <span>{response.description || "Success."}</span>
        {response.contentType ? <span className="font-mono text-xs text-muted-foreground">{response.contentType}</span> : null}
        {table && !table.rows.length ? <span className="font-mono text-xs text-muted-foreground">{table.type}</span> : null}
      </p>
      {table?.rows.length ? (
        <details className="group mt-2">
          <summary className="w-fit cursor-pointer rounded-sm text-sm text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
            <span className="group-open:hidden">Show</span>
            <span className="hidden group-open:inline">Hide</span> the fields of the response ({table.type})
          </summary>
          <div className="mt-2">
            <FieldList entries={table.rows} label={`Fields of the ${response.status} response`} />
          </div>
        </details>
      ) : null}
    </li>
  );
}

function ErrorResponse({ response, problemKinds }: { response: TResponseView; problemKinds: TProblemKinds }) {
  const kinds = kindsForStatus(response.status, problemKinds);
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 py-1.5 text-sm">
      <span className={cn("font-mono font-semibold", statusClass(response.status))}>{response.status}</span>
      {kinds.length ? (
        <span>
          {kinds.map((kind, index) => (
            <Fragment key={kind}>
              {index > 0 ? <span className="text-muted-foreground"> / </span> : null}
              <a
                href={`#${kind}`}
                className="rounded-sm underline decoration-muted-foreground/40 underline-offset-4 outline-none hover:decoration-foreground focus-visible:ring-2 focus-visible:ring-ring"
              >
                {problemKinds[kind]?.title ?? kind}
              </a>
            </Fragment>
          ))}
        </span>
      ) : (
        <span>{response.description}</span>
      )}
    </li>
  );
}

export function OperationSection({ operation, baseUrl, problemKinds, scopes }: { operation: TOperationView; baseUrl: string; problemKinds: TProblemKinds; scopes: TScopeInfo }) {
  const pathParameters = operation.parameters.filter((p) => p.in === "path");
  const queryParameters = operation.parameters.filter((p) => p.in === "query");
  const headers = operation.headers.filter((h) => h.name.toLowerCase() !== "authorization");
  const body = operation.body ? schemaTable(operation.body.schema, operation.body.context) : undefined;
  const successes = operation.responses.filter((r) => !r.isError);
  const errors = operation.responses.filter((r) => r.isError);
  const example = successes.find((r) => r.schema && r.context && /json/.test(r.contentType ?? ""));
  const curl = buildCurl(operation, baseUrl);
  const titleId = `${operation.id}-title`;

  return (
    <section id={operation.id} aria-labelledby={titleId} className="scroll-mt-20 border-t py-10">
      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,25rem)]">
        <div className="min-w-0 space-y-6">
          <header className="space-y-3">
            <h3 id={titleId} className="text-lg font-semibold tracking-tight">
              <a href={`#${operation.id}`} className="group inline-flex items-center gap-2 rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-ring">
                {operation.summary}
                <Link2 aria-hidden className="size-4 text-muted-foreground opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100" />
              </a>
            </h3>
            <p className="flex items-center gap-2">
              <MethodBadge method={operation.method} />
              <code className="font-mono text-sm break-all">{operation.path}</code>
              {operation.deprecated ? <span className="text-xs font-medium text-destructive">deprecated</span> : null}
            </p>
            <ScopeNote operation={operation} scopes={scopes} />
          </header>

          {pathParameters.length ? (
            <div>
              <Subheading>Path parameters</Subheading>
              <FieldList entries={pathParameters.map(parameterEntry)} label="Path parameters" />
            </div>
          ) : null}
          {queryParameters.length ? (
            <div>
              <Subheading>Query parameters</Subheading>
              <FieldList entries={queryParameters.map(parameterEntry)} label="Query parameters" />
            </div>
          ) : null}
          {headers.length ? (
            <div>
              <Subheading>Headers</Subheading>
              <FieldList entries={headers.map(parameterEntry)} label="Headers" />
            </div>
          ) : null}
          {operation.body && body ? (
            <div>
              <Subheading aside={operation.body.contentType}>Request body</Subheading>
              {body.description ? (
                <p className="mb-2 text-sm text-muted-foreground">
                  <InlineText text={body.description} />
                </p>
              ) : null}
              {body.rows.length ? (
                <FieldList entries={body.rows} label="Request body fields" />
              ) : (
                <p className="text-sm text-muted-foreground">
                  A JSON value of type <code className="font-mono text-foreground">{body.type}</code>.
                </p>
              )}
              {body.closed ? <p className="mt-2 text-xs text-muted-foreground">Fields not listed here are refused with 422.</p> : null}
            </div>
          ) : null}

          <div>
            <Subheading>Responses</Subheading>
            <ul aria-label="Success responses" className="divide-y">
              {successes.map((response) => (
                <SuccessResponse key={response.status} response={response} />
              ))}
            </ul>
            {errors.length ? (
              <>
                <p className="mt-3 text-xs text-muted-foreground">
                  Errors answer <code className="font-mono">application/problem+json</code>; each links to its problem below.
                </p>
                <ul aria-label="Error responses" className="mt-1">
                  {errors.map((response) => (
                    <ErrorResponse key={response.status} response={response} problemKinds={problemKinds} />
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        </div>

        <div className="min-w-0 space-y-4 xl:sticky xl:top-20 xl:self-start">
          <CodeBlock caption="Request" code={curl} copyLabel={`Copy the curl command for ${operation.summary}`} />
          {example?.schema && example.context ? (
            <CodeBlock
              caption={`Response · ${example.status}`}
              code={JSON.stringify(sampleValue(example.schema, example.context, { mode: "response" }), null, 2)}
              copyLabel={`Copy the example response of ${operation.summary}`}
              tall
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
