// Runs before each integration test file: gives it its own migrated database
// and installs it as the process database for the services under test.
import { afterAll, inject } from "vitest";
import { createPGliteClient, createPostgresClient, setDb, type TDb } from "@/server/db/client";
import { createPostgresCopy, openPGliteCopy } from "./databases";

const info = inject("coralDbTemplate");
let client: TDb;
let cleanup: () => Promise<void>;

if (info.kind === "pglite") {
  const pglite = await openPGliteCopy(info.template);
  client = createPGliteClient(pglite);
  cleanup = async () => {
    await client.$disconnect();
    await pglite.close();
  };
} else {
  const copy = await createPostgresCopy(info.template);
  client = createPostgresClient(copy.url);
  // For tests that start other processes on the same database (the crash test).
  process.env.CORAL_TEST_DATABASE_URL = copy.url;
  cleanup = async () => {
    await client.$disconnect();
    await copy.drop();
  };
}
setDb(client);

afterAll(() => cleanup());
