// Secrets a self-hoster may leave unset: generated on first use and kept in
// the data folder (mode 0600) so they survive restarts. Deployments with
// several instances must set them in env instead, or each instance would
// generate its own.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "@/server/env";

export function resolveLocalSecret(fileName: string, fromEnv: string | undefined, bytes = 32): string {
  if (fromEnv) return fromEnv;
  const file = path.resolve(env.CORAL_DATA_DIR, fileName);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(bytes).toString("base64url");
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return fs.readFileSync(file, "utf8").trim();
    throw error;
  }
}
