// The admin command line for self-hosters: `npm run coral -- <command>`.
// It uses the same services as the app and exits non-zero on any failure.
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { DEMO_LOGIN, seedDemo } from "@/prisma/seed";
import { roles, type TRole } from "@/server/auth/permissions";
import { getDb } from "@/server/db/client";
import { prepareDatabase } from "@/server/db/prepare";
import { AppError } from "@/server/errors/app-error";
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
    },
  });
  const command = positionals.join(" ");
  if (values.help || command === "" || command === "help") {
    console.log(HELP);
    return;
  }
  const known = ["migrate", "seed", "user create", "workspace create", "member add"];
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
    }
  } finally {
    await database.close();
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
