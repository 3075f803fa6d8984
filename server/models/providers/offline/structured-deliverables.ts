// The structured deliverables of the offline model (YAML, JSON, SQL, Mermaid and
// TypeScript): well-formed documents drafted from the nouns of the brief.
import { stringify as toYaml } from "yaml";
import { capital, OFFLINE_NOTICE, plural, type TBrief, type TContractOutput } from "./agent-answer";

function openApi(b: TBrief): object {
  const paths: Record<string, object> = {};
  const schemas: Record<string, object> = {
    Problem: { type: "object", required: ["type", "title", "status"], properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" } } },
  };
  const problem = { description: "Error", content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
  for (const n of b.nouns.slice(0, 2)) {
    const [name, ref] = [capital(n), { $ref: `#/components/schemas/${capital(n)}` }];
    schemas[name] = {
      type: "object",
      required: ["id", "name"],
      properties: {
        id: { type: "string", format: "uuid", readOnly: true },
        name: { type: "string", maxLength: 200 },
        createdAt: { type: "string", format: "date-time", readOnly: true },
      },
    };
    const json = (schema: object) => ({ content: { "application/json": { schema } } });
    paths[`/${plural(n)}`] = {
      get: {
        operationId: `list${capital(plural(n))}`,
        summary: `List ${plural(n)}`,
        parameters: [{ name: "cursor", in: "query", schema: { type: "string" } }],
        responses: {
          "200": { description: "A page", ...json({ type: "object", properties: { items: { type: "array", items: ref }, nextCursor: { type: ["string", "null"] } } }) },
          default: problem,
        },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${n}`,
        requestBody: { required: true, ...json(ref) },
        responses: { "201": { description: "Created", ...json(ref) }, default: problem },
      },
    };
    paths[`/${plural(n)}/{${n}Id}`] = {
      get: {
        operationId: `get${name}`,
        parameters: [{ name: `${n}Id`, in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: { "200": { description: "Found", ...json(ref) }, "404": problem },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: `${b.project} API`, version: "0.1.0", description: `${OFFLINE_NOTICE}\n\nTask: ${b.sentences.join(" ")}` },
    servers: [{ url: "https://api.example.com/v1" }],
    security: [{ bearerAuth: [] }],
    paths,
    components: { schemas, securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
  };
}

const githubWorkflow = (b: TBrief) => ({
  name: `Deploy ${b.project}`,
  on: { push: { branches: ["main"] }, pull_request: {} },
  jobs: {
    test: {
      "runs-on": "ubuntu-latest",
      steps: [{ uses: "actions/checkout@v4" }, { uses: "actions/setup-node@v4", with: { "node-version": "lts/*" } }, { run: "npm ci" }, { run: "npm test" }],
    },
    deploy: {
      needs: "test",
      if: "github.ref == 'refs/heads/main'",
      "runs-on": "ubuntu-latest",
      environment: "production",
      steps: [{ uses: "actions/checkout@v4" }, { run: "echo Deploy step to be written for the chosen host" }],
    },
  },
});

const alertRules = (b: TBrief) => ({
  groups: [
    {
      name: `${b.project.replace(/[^A-Za-z0-9]+/g, "")}Alerts`,
      rules: b.nouns.map((n) => ({
        alert: `${capital(plural(n))}ErrorRate`,
        expr: `sum(rate(http_requests_total{route=~"/${plural(n)}.*",status=~"5.."}[5m])) / sum(rate(http_requests_total{route=~"/${plural(n)}.*"}[5m])) > 0.02`,
        for: "5m",
        labels: { severity: b.pick(["page", "ticket"], n) },
        annotations: { summary: `${capital(plural(n))} requests are failing` },
      })),
    },
  ],
});

export function yamlDoc(o: TContractOutput, b: TBrief): string {
  const where = `${o.type} ${o.path ?? ""}`;
  const generic = { title: `${o.name} for ${b.project}`, task: b.sentences.join(" "), items: b.nouns.map((n) => ({ name: n, status: "draft" })) };
  const doc = /(^|[_/.-])(api|openapi)([_/.-]|$)/.test(where) ? openApi(b) : /workflow|pipeline/.test(where) ? githubWorkflow(b) : /alert/.test(where) ? alertRules(b) : generic;
  return `# ${OFFLINE_NOTICE}\n${toYaml(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

export function jsonDoc(o: TContractOutput, b: TBrief): string {
  const hue = (salt: string) => b.pick(["#0f766e", "#1d4ed8", "#be123c", "#7c3aed", "#c2410c", "#15803d"], salt);
  const doc = /token/.test(o.type)
    ? {
        $description: `${OFFLINE_NOTICE} ${b.project}.`,
        color: { primary: { $type: "color", $value: hue("primary") }, accent: { $type: "color", $value: hue("accent") }, text: { $type: "color", $value: "#111827" } },
        spacing: Object.fromEntries([1, 2, 3, 4].map((k) => [k, { $type: "dimension", $value: `${k * 4}px` }])),
        font: { body: { $type: "fontFamily", $value: ["Inter", "system-ui", "sans-serif"] } },
      }
    : { $comment: OFFLINE_NOTICE, title: `${o.name} for ${b.project}`, task: b.sentences.join(" "), items: b.nouns.map((n, i) => ({ id: i + 1, name: n, status: "draft" })) };
  return JSON.stringify(doc, null, 2);
}

export function sqlDoc(b: TBrief): string {
  const [first, ...rest] = b.nouns.map((n) => ({ n, table: plural(n) }));
  const table = (t: { n: string; table: string }, parent?: { n: string; table: string }) =>
    [
      `CREATE TABLE ${t.table} (`,
      "  id uuid PRIMARY KEY,",
      "  workspace_id uuid NOT NULL,",
      ...(parent ? [`  ${parent.n}_id uuid NOT NULL REFERENCES ${parent.table} (id) ON DELETE CASCADE,`] : []),
      "  name text NOT NULL,",
      "  created_at timestamptz NOT NULL DEFAULT now()",
      ");",
      `CREATE INDEX ${t.table}_workspace_id_idx ON ${t.table} (workspace_id);`,
      ...(parent ? [`CREATE INDEX ${t.table}_${parent.n}_id_idx ON ${t.table} (${parent.n}_id);`] : []),
    ].join("\n");
  return [`-- ${OFFLINE_NOTICE}`, `-- Task: ${b.sentences.join(" ").replace(/\n/g, " ")}`, table(first!), ...rest.map((t) => table(t, first))].join("\n\n");
}

export function mermaidDoc(o: TContractOutput, b: TBrief): string {
  const ids = b.nouns.map((n) => n.toUpperCase());
  if (/data|entity|schema|model/.test(o.type)) {
    const entities = ids.map((id) => `  ${id} {\n    uuid id PK\n    uuid workspace_id\n    string name\n  }`);
    return ["erDiagram", `  %% ${OFFLINE_NOTICE}`, ...ids.slice(1).map((id) => `  ${ids[0]} ||--o{ ${id} : has`), ...entities].join("\n");
  }
  const modules = b.nouns.map((n) => `    ${n}Module["${capital(plural(n))} module<br/>TypeScript"]`);
  return [
    "flowchart LR",
    `  %% ${OFFLINE_NOTICE}`,
    "  %% Legend: boxes are containers, edge labels are protocols",
    '  subgraph users["Users"]',
    '    member["Member<br/>Browser"]',
    "  end",
    '  subgraph app["Application"]',
    '    web["Web app<br/>Next.js"]',
    ...modules,
    '    worker["Worker<br/>Node.js"]',
    "  end",
    '  subgraph data["Data stores"]',
    '    db[("Database<br/>PostgreSQL")]',
    "  end",
    '  member -->|"HTTPS"| web',
    ...b.nouns.map((n) => `  web -->|"calls"| ${n}Module\n  ${n}Module -->|"SQL"| db`),
    '  worker -->|"SQL"| db',
  ].join("\n");
}

export function typescriptDoc(b: TBrief): string {
  const types = b.nouns.map((n) => `export type ${capital(n)} = { id: string; workspaceId: string; name: string; createdAt: string };`);
  const makers = b.nouns.map(
    (n) =>
      `export function create${capital(n)}(workspaceId: string, name: string, id: string, createdAt: string): ${capital(n)} {\n  if (!name.trim()) throw new Error("A ${n} needs a name");\n  return { id, workspaceId, name: name.trim(), createdAt };\n}`,
  );
  return [`// ${OFFLINE_NOTICE}`, `// Task: ${b.sentences.join(" ").replace(/\n/g, " ")}`, ...types, ...makers].join("\n\n");
}
