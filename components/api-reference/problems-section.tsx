// The problem reference: the shape every error shares, then one entry per
// problem kind (status, title, what it means) whose id is the kind itself, so
// a problem's `type` URI (…/problems/not-found) maps to `#not-found` here.
import { CodeBlock } from "./code-block";
import { FieldList } from "./field-list";
import { InlineText } from "./inline-text";
import type { TProblemKinds } from "./operations";
import { schemaContext, schemaTable } from "./schema-rows";

export type TProblemsProps = {
  kinds: TProblemKinds;
  descriptions: Partial<Record<string, string>>;
  /** The URI prefix of `type`, e.g. https://coralcollective.dev/problems/. */
  typeBase: string;
  /** The OpenAPI document, for the Problem schema in its components. */
  document: unknown;
};

const PROBLEM_SCHEMA_REF = { $ref: "#/components/schemas/Problem" };

export function ProblemsSection({ kinds, descriptions, typeBase, document }: TProblemsProps) {
  const schema = schemaTable(PROBLEM_SCHEMA_REF, schemaContext(document, PROBLEM_SCHEMA_REF));
  const example = {
    type: `${typeBase}invalid-fields`,
    title: kinds["invalid-fields"]?.title ?? "Invalid fields",
    status: 422,
    detail: "body.name: Use at least 2 characters.",
    errors: [{ field: "body.name", message: "Use at least 2 characters." }],
  };
  const entries = Object.entries(kinds).sort(([, a], [, b]) => a.status - b.status);

  return (
    <section id="problems" aria-labelledby="problems-title" className="scroll-mt-20 space-y-6 border-t py-10">
      <header className="space-y-2">
        <h2 id="problems-title" className="text-xl font-semibold tracking-tight">
          <a href="#problems" className="rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
            Problems
          </a>
        </h2>
        <p className="max-w-2xl text-sm text-muted-foreground">
          Every failure is a problem document with this shape. The API answers 4xx for anything a request got wrong and never a 500 for
          bad input; a 5xx means something failed on our side.
        </p>
      </header>

      <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_minmax(0,25rem)]">
        {schema.rows.length ? <FieldList entries={schema.rows} label="Fields of a problem" /> : <div />}
        <CodeBlock caption="application/problem+json · 422" code={JSON.stringify(example, null, 2)} copyLabel="Copy the example problem" />
      </div>

      <ul aria-label="Problem kinds" className="divide-y rounded-lg border">
        {entries.map(([kind, { status, title }]) => (
          <li key={kind} id={kind} className="scroll-mt-20 px-4 py-3 target:bg-primary/5">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className={status >= 500 ? "font-mono font-semibold text-destructive" : "font-mono font-semibold text-warning"}>{status}</span>
              <h3 className="font-medium">
                <a href={`#${kind}`} className="rounded-sm outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring">
                  {title}
                </a>
              </h3>
              <code className="font-mono text-xs break-all text-muted-foreground">{typeBase + kind}</code>
            </div>
            {descriptions[kind] ? (
              <p className="mt-1 text-sm text-muted-foreground">
                <InlineText text={descriptions[kind]} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
