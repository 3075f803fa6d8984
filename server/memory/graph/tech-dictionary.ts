// Technologies the offline extractor recognises by name, with the spelling it
// keeps, and how to tell one from an ordinary word. Most names are unambiguous
// and match in any case ("postgres", "PostgreSQL"). Names that are also English
// words ("Go", "Rust", "React", "Spring", "REST") match only as spelt here and
// only where the text uses them as a technology: after "in", "with", "using", a
// comma or a colon; before "service", "app", a version number; or alone in a
// list item or table cell. So "managers go out" and "Go out and interview
// users" name no language, while "written in Go" and "| Language | Go |" do.
export const technologies: Record<string, string> = Object.fromEntries(
  [
    "PostgreSQL", "Postgres", "MySQL", "SQLite", "MongoDB", "Redis", "Memcached", "Upstash", "DynamoDB", "Elasticsearch", "OpenSearch", "Kafka", "RabbitMQ", "NATS", "S3",
    "pgvector", "Pinecone", "Prisma", "Drizzle", "TypeORM", "Sequelize", "GraphQL", "REST", "gRPC", "tRPC", "WebSocket", "OAuth", "OpenID Connect", "JWT",
    "React", "Next.js", "Vue", "Nuxt", "Svelte", "SvelteKit", "Angular", "Tailwind", "React Native", "Expo", "Flutter", "Swift", "Kotlin",
    "Node.js", "Deno", "Bun", "TypeScript", "JavaScript", "Python", "FastAPI", "Django", "Flask", "Go", "Golang", "Rust", "Java", "Spring", "Spring Boot", "Ruby on Rails",
    "Docker", "Kubernetes", "Terraform", "Helm", "AWS", "GCP", "Azure", "Vercel", "Cloudflare", "Fly.io", "GitHub Actions", "Inngest", "Temporal",
    "Stripe", "Auth.js", "NextAuth", "Clerk", "Auth0", "Sentry", "Datadog", "Prometheus", "Grafana", "OpenTelemetry", "Playwright", "Vitest", "Jest", "Cypress",
    "OpenAI", "Anthropic", "LangChain", "Ollama", "vLLM", "Hugging Face",
  ].map((name) => [name.toLowerCase(), name]),
);

// Same thing under another name: merge them.
export const aliases: Record<string, string> = { postgres: "postgresql", nextauth: "auth.js", node: "node.js", golang: "go" };

/** Names that are also common English words: exact spelling and a technology context required. */
const AMBIGUOUS = new Set(
  ["Go", "Rust", "Swift", "Java", "Spring", "Bun", "Expo", "Flask", "Helm", "Jest", "React", "Angular", "REST", "Clerk", "Sentry", "Temporal", "Tailwind", "Playwright", "Cypress", "Drizzle", "Flutter", "Stripe", "Azure", "Prometheus", "Anthropic"].map((n) => n.toLowerCase()),
);

const BEFORE = /(?:^|[\s(])(?:in|with|using|use|uses|used|on|via|and|or|nor|over|than|vs\.?|versus|like|chose|choose|chosen|adopt|adopted|adopting|prefer|preferred|pick|picked|select|selected|recommend|recommended|to\s+(?:migrate|move|switch|port)|(?:migrate|migrated|move|moved|switch|switched|port|ported)\s+to)\s+$|[,/(:|+&]\s*$/i;
/** Another capitalised name follows in a list: "Go and Rust", "React, Redux". */
const AFTER_LIST = /^\s*(?:,|and|or|&|\+|\/)\s*[A-Z][\w.]*[A-Za-z]/;
const AFTER = /^(?:\s*\d|\s*v\d|[\s-]+(?:service|services|app|apps|application|server|servers|module|modules|code|codebase|backend|frontend|api|apis|sdk|sdks|runtime|worker|workers|component|components|native|boot|cli|library|libraries|project|projects|version|versions|chart|charts|test|tests|suite|workflow|workflows|binary|binaries|toolchain|compiler|crate|crates|package|packages|client|clients|function|functions|lambda|lambdas|image|images|cluster|clusters|queue|queues|topic|topics|stream|streams|job|jobs|stack|router|hooks?|templates?|handlers?|endpoints?|microservices?|programs?|developers?|engineers?|implementation|schema|models?|webhooks?|checkout|payments?|ecosystem|framework|database|bucket|buckets|instance|instances|subscription|subscriptions|account|accounts|region|regions|alerts?|metrics|dashboards?|container|containers|file|files)\b)/i;

/** Does the name matched at `index` in `text` (as `matched`) name the technology here? */
export function namesTechnology(text: string, index: number, matched: string): boolean {
  const key = matched.toLowerCase();
  if (!AMBIGUOUS.has(key)) return true;
  if (matched !== technologies[key]) return false; // "go", "rest", "react": the English words
  const after = text.slice(index + matched.length);
  if (/^-[a-z]/i.test(after)) return false; // "Go-live", "Swift-footed"
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const lineEnd = text.indexOf("\n", index);
  const before = text.slice(lineStart, index);
  const rest = text.slice(index + matched.length, lineEnd < 0 ? undefined : lineEnd);
  // Alone in a list item, table cell or heading: "- Go", "| Go |", "## Go".
  if (/^\s*(?:[-*+]|\d+[.)]|#{1,6})?\s*$/.test(before) && /^\s*[.:]?\s*$/.test(rest)) return true;
  if (/\|\s*$/.test(before) && /^\s*\|/.test(rest)) return true;
  if (BEFORE.test(before.slice(-40))) return true;
  return AFTER.test(after.slice(0, 40)) || AFTER_LIST.test(after.slice(0, 40));
}
