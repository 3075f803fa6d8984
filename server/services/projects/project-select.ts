// The shape of a project every project service returns.
import type { Prisma } from "@/server/db/generated/client.ts";
import { ZProjectSettings, type TProjectSettings } from "./schemas";

export const projectSelect = {
  id: true,
  workspaceId: true,
  name: true,
  slug: true,
  description: true,
  settings: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true, email: true } },
} satisfies Prisma.ProjectSelect;

type TProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;
export type TProject = Omit<TProjectRow, "settings"> & { settings: TProjectSettings };

export function toProject(row: TProjectRow): TProject {
  const settings = ZProjectSettings.safeParse(row.settings);
  return { ...row, settings: settings.success ? settings.data : {} };
}
