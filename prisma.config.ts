// Prisma CLI configuration. `prisma generate` needs no engine binary (the
// client uses the WASM query compiler + driver adapters), but the CLI still
// insists that the schema-engine path exists; any file satisfies it, so we
// point it at this config file to keep `generate` working with no internet.
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);

export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  // Only `prisma migrate deploy` (on a machine with internet) reads this.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/coral" },
});
