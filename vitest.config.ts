// Three projects: unit tests (no database), and the integration tests run
// twice — once on embedded PGlite, once on the real PostgreSQL — each test
// file in its own freshly migrated database.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const exclude = ["node_modules/**", ".next/**", "e2e/**", ".data/**"];

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test", CORAL_ENCRYPTION_KEY: "dGVzdC1rZXktdGVzdC1rZXktdGVzdC1rZXktdGVzdCE=" },
    reporters: ["default"],
    projects: [
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: [...exclude, "**/*.integration.test.ts"] } },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["**/*.integration.test.ts"],
          exclude,
          env: { CORAL_TEST_DB: "pglite" },
          globalSetup: ["server/testing/global-setup.ts"],
          setupFiles: ["server/testing/per-file-database.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["**/*.integration.test.ts"],
          // The migration runner's own test already covers both databases.
          exclude: [...exclude, "prisma/migrate/**"],
          env: { CORAL_TEST_DB: "postgres" },
          globalSetup: ["server/testing/global-setup.ts"],
          setupFiles: ["server/testing/per-file-database.ts"],
        },
      },
    ],
  },
});
