// The key that signs session cookies: AUTH_SECRET, or one generated on first
// start and kept in the data folder so sessions survive restarts.
import { resolveLocalSecret } from "@/server/crypto/local-secret";
import { env } from "@/server/env";

export const resolveAuthSecret = (): string => resolveLocalSecret("auth-secret", env.AUTH_SECRET);
