// The one place environment variables are read. Unset means "use the embedded
// default"; a half-configured integration fails start-up naming what is missing.
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

const optionalString = z.string().min(1).optional();

export const env = createEnv({
  server: {
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    CORAL_DATA_DIR: z.string().min(1).default(".data"),
    AUTH_SECRET: optionalString,
    APP_URL: z.string().url().optional(),
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    // The GitHub App that reviews pull requests; unset = /api/webhooks/github answers 404.
    GITHUB_APP_ID: optionalString,
    // The app's private key (PEM), for installation tokens.
    GITHUB_APP_PRIVATE_KEY: optionalString,
    GITHUB_WEBHOOK_SECRET: optionalString,
    GITHUB_APP_SLUG: optionalString,
    // The app's OAuth client: with it, connecting an installation proves the person installed it (user authorization during installation).
    GITHUB_APP_CLIENT_ID: optionalString,
    GITHUB_APP_CLIENT_SECRET: optionalString,
    // GitHub's REST API root; set for GitHub Enterprise Server (https://HOST/api/v3) or a local fake in tests.
    GITHUB_API_URL: z.string().url().default("https://api.github.com"),
    // Encrypts workspace secrets (provider keys) at rest: 32 bytes, base64.
    CORAL_ENCRYPTION_KEY: optionalString,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: z.string().url().optional(),
    ANTHROPIC_API_KEY: optionalString,
    ANTHROPIC_BASE_URL: z.string().url().optional(),
    // Any OpenAI-compatible server (Ollama, vLLM, LM Studio) and its models per tier.
    OPENAI_COMPATIBLE_BASE_URL: z.string().url().optional(),
    OPENAI_COMPATIBLE_API_KEY: optionalString,
    OPENAI_COMPATIBLE_MODELS: optionalString,
    // An embedding model on that server with 384-dimensional output (e.g. all-minilm, bge-small).
    OPENAI_COMPATIBLE_EMBEDDING_MODEL: optionalString,
    // Pinecone for memory vectors; unset = pgvector in the app's PostgreSQL.
    PINECONE_API_KEY: optionalString,
    PINECONE_INDEX: optionalString,
    PINECONE_INDEX_HOST: z.string().url().optional(),
    REDIS_URL: z.string().url().optional(),
    UPSTASH_REDIS_REST_URL: z.string().url().optional(),
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    // REST API requests per key per minute for every plan; unset = the plan table in server/ratelimit/configs.ts.
    API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
    // Inngest Cloud or self-hosted Inngest; unset = the embedded durable runner.
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_BASE_URL: z.string().url().optional(),
    MODEL_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).default(86_400),
    // Outbound webhooks to loopback/private addresses (self-hosted receivers, tests); refused by default (SSRF).
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: z.stringbool().default(false),
  },
  runtimeEnv: process.env,
  emptyStringAsUndefined: true,
});

// Integrations whose variables must be set together.
const groups: Record<string, readonly (keyof typeof env)[]> = {
  "GitHub sign-in": ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
  "GitHub App": ["GITHUB_APP_ID", "GITHUB_APP_PRIVATE_KEY", "GITHUB_WEBHOOK_SECRET", "GITHUB_APP_SLUG"],
  "GitHub App OAuth client": ["GITHUB_APP_CLIENT_ID", "GITHUB_APP_CLIENT_SECRET"],
  "Upstash Redis": ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"],
  Inngest: ["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"],
  Pinecone: ["PINECONE_API_KEY", "PINECONE_INDEX"],
};

export function assertCompleteIntegrations(source: Partial<Record<string, unknown>> = env): void {
  for (const [name, keys] of Object.entries(groups)) {
    const set = keys.filter((k) => source[k] !== undefined);
    if (set.length > 0 && set.length < keys.length) {
      const missing = keys.filter((k) => source[k] === undefined);
      throw new Error(`${name} is partly configured: set ${missing.join(", ")} (or unset ${set.join(", ")}).`);
    }
  }
}

assertCompleteIntegrations();

export const isGitHubSignInEnabled = Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET);

/** Where people reach this server: APP_URL, else the local address `npm start` listens on. */
export function appOrigin(): string {
  return (env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}
