// The admin command line, run as a real subprocess against a database of its
// own: the embedded one (PGlite project) or a fresh PostgreSQL database.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { TEST_POSTGRES_URL } from "@/server/testing/databases";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const kind = process.env.CORAL_TEST_DB === "postgres" ? "postgres" : "pglite";
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

async function coral(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(path.join(root, "node_modules/.bin/tsx"), ["server/cli/coral.ts", ...args], {
      cwd: root,
      env,
      timeout: 60_000,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout, err: e.stderr };
  }
}

beforeAll(async () => {
  if (kind === "pglite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coral-cli-"));
    env = { ...process.env, CORAL_DATA_DIR: dir, DATABASE_URL: "" };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    // An empty database (not the migrated template): `migrate` must build it.
    const name = `coral_cli_${Date.now()}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    env = { ...process.env, DATABASE_URL: url.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
});
afterAll(() => cleanup());

// Each command is a fresh process that opens the database; on a busy 2-core
// machine a new embedded database folder alone takes 10–15 s to initialise.
describe(`coral CLI (${kind})`, { timeout: 120_000 }, () => {
  it("prints help and exits 0", async () => {
    const { code, out } = await coral("--help");
    expect(code).toBe(0);
    expect(out).toContain("member add --workspace <slug> --email <e> --role");
    expect(out).toContain("apikey create --workspace <slug> --name <n> --scopes");
  });

  it("refuses an unknown command with exit 1", async () => {
    const { code, err } = await coral("frobnicate");
    expect(code).toBe(1);
    expect(err).toContain('Unknown command "frobnicate"');
  });

  it("migrates, then creates a user, a workspace and a member", async () => {
    const migrate = await coral("migrate");
    expect(migrate.code, migrate.err).toBe(0);
    const migrations = fs.readdirSync(path.join(root, "prisma/migrations")).filter((d) => /^\d{14}_/.test(d));
    expect(migrate.out).toContain(`Applied ${migrations.length} migration(s).`);
    expect((await coral("migrate")).out).toContain("Database is up to date.");

    const owner = await coral("user", "create", "--email", "Owner@Example.test", "--password", "long enough pw", "--name", "Olive");
    expect(owner.code, owner.err).toBe(0);
    expect(owner.out).toContain("Created user owner@example.test");
    await coral("user", "create", "--email", "dev@example.test", "--password", "long enough pw");

    const ws = await coral("workspace", "create", "--name", "Umbrella Corp", "--owner", "owner@example.test");
    expect(ws.code, ws.err).toBe(0);
    expect(ws.out).toContain('Created workspace "Umbrella Corp" at /umbrella-corp.');

    const member = await coral("member", "add", "--workspace", "umbrella-corp", "--email", "dev@example.test", "--role", "admin");
    expect(member.code, member.err).toBe(0);
    expect(member.out).toContain("Added dev@example.test to umbrella-corp as admin.");
  });

  it("creates an API key shown once, lists it and revokes it by prefix", async () => {
    const created = await coral("apikey", "create", "--workspace", "umbrella-corp", "--name", "CI", "--scopes", "runs:execute,read", "--expires-days", "30");
    expect(created.code, created.err).toBe(0);
    const key = created.out.match(/^ {2}(cc_live_[A-Za-z0-9]{32})$/m)?.[1];
    expect(key, created.out).toBeDefined();
    const prefix = key!.slice(0, 16);
    expect(created.out).toContain(`Created API key "CI" (${prefix}…) in umbrella-corp with scopes read, runs:execute, expiring`);
    expect(created.out).toContain(`curl -H "Authorization: Bearer ${key}" `);

    const listed = await coral("apikey", "list", "--workspace", "umbrella-corp");
    expect(listed.code, listed.err).toBe(0);
    expect(listed.out).toMatch(new RegExp(`${prefix}\\s+CI\\s+read,runs:execute\\s+active\\s+never`));
    expect(listed.out).not.toContain(key);

    const revoked = await coral("apikey", "revoke", "--workspace", "umbrella-corp", "--prefix", prefix);
    expect(revoked.code, revoked.err).toBe(0);
    expect(revoked.out).toContain(`Revoked API key "CI" (${prefix}…) in umbrella-corp.`);
    expect((await coral("apikey", "list", "--workspace", "umbrella-corp")).out).toMatch(new RegExp(`${prefix}\\s+CI\\s+\\S+\\s+revoked`));
  });

  it.runIf(kind === "pglite")("refuses to open an embedded database another live process holds", async () => {
    const { openEmbeddedDatabase, closeEmbeddedDatabase } = await import("@/server/db/embedded");
    // This test process plays the running server.
    const held = await openEmbeddedDatabase(env.CORAL_DATA_DIR!);
    try {
      const { code, err } = await coral("seed");
      expect(code).toBe(1);
      expect(err).toContain(`is in use by another process (pid ${process.pid})`);
      expect(err).toContain("set DATABASE_URL");
    } finally {
      await closeEmbeddedDatabase(held);
    }
    expect((await coral("seed")).code).toBe(0);
  });

  it.each([
    [["user", "create", "--email", "x@example.test"], "Missing --password."],
    [["user", "create", "--email", "not-an-email", "--password", "long enough pw"], "Enter a valid email address."],
    [["user", "create", "--email", "dup@example.test", "--password", "short"], "at least 8 characters"],
    [["member", "add", "--workspace", "umbrella-corp", "--email", "dev@example.test", "--role", "god"], "--role must be one of"],
    [["member", "add", "--workspace", "nope", "--email", "dev@example.test", "--role", "viewer"], 'No workspace "nope".'],
    [["workspace", "create", "--name", "X Co", "--owner", "ghost@example.test"], "No user with email ghost@example.test"],
    [["user", "create", "--bogus"], "Unknown option"],
    [["apikey", "create", "--workspace", "umbrella-corp", "--name", "X", "--scopes", "read,root"], "--scopes takes a comma-separated list of read, write, runs:execute, admin (not: root)"],
    [["apikey", "revoke", "--workspace", "umbrella-corp", "--prefix", "cc_live_Zz99Zz99"], "API key not found."],
  ])("fails clearly on %j", async (args, message) => {
    const { code, err } = await coral(...args);
    expect(code).toBe(1);
    expect(err).toContain(message);
    expect(err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});
