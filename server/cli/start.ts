// `npm start`: the one command that serves CoralCollective with embedded
// defaults. Builds when the sources changed, applies migrations, seeds the demo
// workspace on first start, then runs `next start` and prints where to sign in.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DEMO_LOGIN, seedDemo } from "@/prisma/seed";
import { purgeExpiredCache } from "@/server/services/models/model-cache-store";
import { builtInAgents } from "@/server/agents/catalogue";
import { resolveAuthSecret } from "@/server/auth/secret";
import { prepareDatabase } from "@/server/db/prepare";
import { env } from "@/server/env";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const nextBin = path.join(root, "node_modules", ".bin", "next");
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

const sourceDirs = ["app", "components", "server", "prisma/schema", "public", "inngest"];
const sourceFiles = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

/** A fingerprint of everything the build reads, to skip rebuilding when nothing changed. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      // Screenshots are written by the browser tests and are not part of what the build compiles.
      if (p.endsWith(`${path.sep}generated`) || p.endsWith(`${path.sep}node_modules`) || p.endsWith(`public${path.sep}screenshots`)) return;
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) {
      hash.update(`${path.relative(root, p)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const p of [...sourceDirs, ...sourceFiles]) visit(path.join(root, p));
  return hash.digest("hex");
}

function buildIfNeeded(): void {
  const marker = path.join(root, ".next", "coral-build-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(marker);
  if (built && fs.readFileSync(marker, "utf8") === fingerprint) {
    console.log("▸ Using the existing production build.");
    return;
  }
  console.log("▸ Building the app (first start or sources changed; about 1–3 minutes)…");
  const result = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed (see the output above).");
  fs.writeFileSync(marker, fingerprint);
}

async function waitUntilReady(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not become ready at ${url} within ${timeoutMs / 1000} s.`);
}

async function main(): Promise<void> {
  // A broken agent definition stops start-up here, naming the file and field.
  console.log(`▸ Agent catalogue: ${builtInAgents().length} agents valid.`);
  buildIfNeeded();

  console.log("▸ Preparing the database…");
  const database = await prepareDatabase((line) => console.log(`  ${line}`));
  const seed = await seedDemo();
  // Expired model answers are dropped at start; a scheduled clean-up arrives with the workflow runner.
  const purged = await purgeExpiredCache();
  console.log(`  ${database.describe}; ${database.applied.length} migration(s) applied; demo ${seed.created ? "seeded" : "present"}; ${purged} expired cache entr${purged === 1 ? "y" : "ies"} dropped.`);
  await database.close();

  const child = spawn(nextBin, ["start", "-p", String(port), "-H", host], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      CORAL_DATA_DIR: path.resolve(env.CORAL_DATA_DIR),
      AUTH_SECRET: resolveAuthSecret(),
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));

  const local = `http://localhost:${port}`;
  await waitUntilReady(`${local}/api/health?ready=1`);
  console.log(
    [
      "",
      `  CoralCollective is running at ${env.APP_URL ?? local}  (ready in ${seconds()} s)`,
      "",
      `  Demo login:  ${DEMO_LOGIN.email}`,
      `  Password:    ${DEMO_LOGIN.password}`,
      `  Workspace:   ${local}/${seed.workspaceSlug}`,
      // The key is kept only as a hash: this first start is the one chance to show it.
      ...(seed.apiKey
        ? [`  API key:     ${seed.apiKey}  (shown once)`, `  Try it:      curl -H "Authorization: Bearer ${seed.apiKey}" ${local}/api/v1/me`]
        : []),
      "",
      `  Data: ${database.describe}. Stop with Ctrl+C.`,
      "",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
