// The admin command line for self-hosters: `npm run coral -- <command>`.
// It uses the same services as the app and exits non-zero on any failure.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { DEMO_LOGIN, seedDemo } from "@/prisma/seed";
import { apiKeyScopes, isApiKeyScope } from "@/server/auth/api-key-scopes";
import { roles, type TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/prepare";
import { appOrigin } from "@/server/env";
import { AppError } from "@/server/errors/app-error";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { addMember } from "@/server/services/members/add-member";
import { signUp } from "@/server/services/users/sign-up";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { describeZodError } from "@/server/errors/describe-zod-error";

const HELP = `CoralCollective admin command line

Usage: npm run coral -- <command> [options]

Commands:
  migrate                                   Apply pending database migrations
  seed                                      Create the demo workspace (skipped if it exists)
  user create --email <e> --password <p> [--name <n>]
                                            Create a user who signs in with email and password
  workspace create --name <n> --owner <email>
                                            Create a workspace owned by an existing user
  member add --workspace <slug> --email <e> --role <owner|admin|member|viewer>
                                            Add an existing user to a workspace
  apikey create --workspace <slug> --name <n> --scopes <read,write,runs:execute,admin> [--expires-days <N>]
                                            Create an API key and print it (shown once)
  apikey list --workspace <slug>            List a workspace's API keys (prefixes, never keys)
  apikey revoke --workspace <slug> --prefix <cc_live_…>
                                            Revoke an API key; it stops working at once

Options:
  -h, --help                                Show this help

The database is PostgreSQL when DATABASE_URL is set, otherwise the embedded
database in $CORAL_DATA_DIR (default .data). The embedded database can be used
by one process at a time: stop the server before running commands against it.`;

class UsageError extends Error {}

function required(values: Record<string, string | boolean | undefined>, ...names: string[]): string[] {
  const missing = names.filter((n) => typeof values[n] !== "string" || values[n] === "");
  if (missing.length) throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(", ")}.`);
  return names.map((n) => String(values[n]));
}

async function run(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      owner: { type: "string" },
      workspace: { type: "string" },
      role: { type: "string" },
      scopes: { type: "string" },
      "expires-days": { type: "string" },
      prefix: { type: "string" },
    },
  });
  const command = positionals.join(" ");
  if (values.help || command === "" || command === "help") {
    console.log(HELP);
    return;
  }
  const known = ["migrate", "seed", "user create", "workspace create", "member add", "apikey create", "apikey list", "apikey revoke"];
  if (!known.includes(command)) throw new UsageError(`Unknown command "${command}".`);

  const database = await prepareDatabase((line) => console.log(`  ${line}`));
  try {
    switch (command) {
      case "migrate":
        console.log(database.applied.length ? `Applied ${database.applied.length} migration(s).` : "Database is up to date.");
        break;
      case "seed": {
        const result = await seedDemo();
        console.log(result.created ? `Seeded workspace "${result.workspaceSlug}". Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}` : "Demo workspace already exists.");
        if (result.apiKey) console.log(`Demo API key (shown once): ${result.apiKey}`);
        break;
      }
      case "user create": {
        const [email, password] = required(values, "email", "password");
        const user = await signUp({ email: email!, password: password!, name: values.name ?? email!.split("@")[0]! });
        console.log(`Created user ${user.email} (${user.id}).`);
        break;
      }
      case "workspace create": {
        const [name, ownerEmail] = required(values, "name", "owner");
        const db = await getDb();
        const owner = await db.user.findUnique({ where: { email: ownerEmail!.trim().toLowerCase() }, select: { id: true } });
        if (!owner) throw new AppError("NOT_FOUND", `No user with email ${ownerEmail}. Create the user first.`);
        const workspace = await createWorkspace(owner.id, { name: name! });
        console.log(`Created workspace "${workspace.name}" at /${workspace.slug}.`);
        break;
      }
      case "member add": {
        const [slug, email, role] = required(values, "workspace", "email", "role");
        if (!roles.includes(role as TRole)) throw new UsageError(`--role must be one of ${roles.join(", ")}.`);
        const db = await getDb();
        const workspace = await db.workspace.findUnique({ where: { slug: slug! }, select: { id: true } });
        if (!workspace) throw new AppError("NOT_FOUND", `No workspace "${slug}".`);
        await addMember({ workspaceId: workspace.id, actor: null }, { email: email!, role: role as TRole });
        console.log(`Added ${email} to ${slug} as ${role}.`);
        break;
      }
      case "apikey create":
      case "apikey list":
      case "apikey revoke":
        await apiKeyCommand(command, values);
        break;
    }
  } finally {
    await database.close();
  }
}

/** `apikey create | list | revoke`: the same services as Settings → API keys, acting as no one in particular. */
async function apiKeyCommand(command: string, values: Record<string, string | boolean | undefined>): Promise<void> {
  const [slug] = required(values, "workspace");
  const workspace = await (await getDb()).workspace.findUnique({ where: { slug: slug! }, select: { id: true } });
  if (!workspace) throw new AppError("NOT_FOUND", `No workspace "${slug}".`);
  const scope = { workspaceId: workspace.id, actor: null };

  if (command === "apikey create") {
    const [name, scopeList] = required(values, "name", "scopes");
    const scopes = scopeList!.split(",").map((s) => s.trim()).filter(Boolean);
    const unknown = scopes.filter((s) => !isApiKeyScope(s));
    if (unknown.length || !scopes.length) throw new UsageError(`--scopes takes a comma-separated list of ${apiKeyScopes.join(", ")}${unknown.length ? ` (not: ${unknown.join(", ")})` : ""}.`);
    let expiresAt: Date | null = null;
    if (values["expires-days"] !== undefined) {
      const days = Number(values["expires-days"]);
      if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError("--expires-days must be a whole number of days from 1 to 3650.");
      expiresAt = new Date(Date.now() + days * 86_400_000);
    }
    const { key, apiKey } = await createApiKey(scope, { name: name!, scopes: scopes.filter(isApiKeyScope), expiresAt });
    const origin = appOrigin();
    console.log(
      [
        `Created API key "${apiKey.name}" (${apiKey.prefix}…) in ${slug} with scopes ${apiKey.scopes.join(", ")}${expiresAt ? `, expiring ${expiresAt.toISOString()}` : ""}.`,
        "Copy it now: it is stored only as a hash and cannot be shown again.",
        "",
        `  ${key}`,
        "",
        `Try it: curl -H "Authorization: Bearer ${key}" ${origin}/api/v1/me`,
      ].join("\n"),
    );
  } else if (command === "apikey list") {
    const keys = await listApiKeys(scope);
    if (!keys.length) {
      console.log(`No API keys in ${slug}.`);
      return;
    }
    const day = (d: Date | null, none: string) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : none);
    const rows = [
      ["PREFIX", "NAME", "SCOPES", "STATUS", "LAST USED", "EXPIRES", "CREATED BY"],
      ...keys.map((k) => [k.prefix, k.name, k.scopes.join(","), k.status, day(k.lastUsedAt, "never"), day(k.expiresAt, "never"), k.createdBy?.email ?? "command line"]),
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  ").trimEnd());
  } else {
    const [prefix] = required(values, "prefix");
    const revoked = await revokeApiKey(scope, { prefix: prefix! });
    console.log(`Revoked API key "${revoked.name}" (${revoked.prefix}…) in ${slug}. It stops working immediately.`);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`error: ${error.message}\nRun "npm run coral -- --help" for usage.`);
    else if (error instanceof AppError) console.error(`error: ${error.message}`);
    else if (error instanceof ZodError) console.error(`error: ${describeZodError(error)}`);
    else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) console.error(`error: ${error.message}`);
    else console.error("error:", error);
    process.exit(1);
  },
);
