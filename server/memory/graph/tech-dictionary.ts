// Technologies the offline extractor recognises by name, with the spelling it
// keeps. Lower-case keys; matched on word boundaries.
export const technologies: Record<string, string> = Object.fromEntries(
  [
    "PostgreSQL", "Postgres", "MySQL", "SQLite", "MongoDB", "Redis", "Memcached", "Upstash", "DynamoDB", "Elasticsearch", "OpenSearch", "Kafka", "RabbitMQ", "NATS", "S3",
    "pgvector", "Pinecone", "Prisma", "Drizzle", "TypeORM", "Sequelize", "GraphQL", "REST", "gRPC", "tRPC", "WebSocket", "OAuth", "OpenID Connect", "JWT",
    "React", "Next.js", "Vue", "Nuxt", "Svelte", "SvelteKit", "Angular", "Tailwind", "React Native", "Expo", "Flutter", "Swift", "Kotlin",
    "Node.js", "Deno", "Bun", "TypeScript", "JavaScript", "Python", "FastAPI", "Django", "Flask", "Go", "Rust", "Java", "Spring", "Ruby on Rails",
    "Docker", "Kubernetes", "Terraform", "Helm", "AWS", "GCP", "Azure", "Vercel", "Cloudflare", "Fly.io", "GitHub Actions", "Inngest", "Temporal",
    "Stripe", "Auth.js", "NextAuth", "Clerk", "Auth0", "Sentry", "Datadog", "Prometheus", "Grafana", "OpenTelemetry", "Playwright", "Vitest", "Jest", "Cypress",
    "OpenAI", "Anthropic", "LangChain", "Ollama", "vLLM", "Hugging Face",
  ].map((name) => [name.toLowerCase(), name]),
);
// Same thing under another name: merge them.
export const aliases: Record<string, string> = { postgres: "postgresql", nextauth: "auth.js", "node": "node.js" };
