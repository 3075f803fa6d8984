// URL slugs for workspaces and projects.
import { isUniqueViolation } from "@/server/errors/app-error";

// Top-level paths the app owns; a workspace may not take them.
export const reservedWorkspaceSlugs = new Set([
  "api", "app", "auth", "sign-in", "sign-up", "sign-out", "invite", "new", "settings", "workspaces",
  "admin", "docs", "help", "static", "public", "_next", "health", "onboarding",
]);

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug || "untitled";
}

/**
 * Try `base`, `base-2`, `base-3`… until `create` succeeds without a unique
 * violation. The database's unique index is the arbiter, so concurrent
 * creators cannot end up with the same slug.
 */
export async function withUniqueSlug<T>(
  base: string,
  create: (slug: string) => Promise<T>,
  isReserved: (slug: string) => boolean = () => false,
): Promise<T> {
  for (let n = 1; n <= 50; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (isReserved(slug)) continue;
    try {
      return await create(slug);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Could not find a free slug for "${base}".`);
}
