// What Settings → GitHub reads: the workspace's installations with their
// repositories and mapped projects, recent reviews and recent webhook
// deliveries. GitHub's numeric ids travel as strings (JSON has no 64-bit ints).
import type { Prisma } from "@/server/db/generated/client.ts";
import { PENDING_ACCOUNT_LOGIN } from "./claim-installation";

export type TGitHubRepositoryView = {
  id: string;
  fullName: string;
  isPrivate: boolean;
  /** GitHub took the app's access away; the mapping is kept so re-adding restores it. */
  removedAt: Date | null;
  project: { id: string; name: string; slug: string; archived: boolean } | null;
};

export type TGitHubInstallationView = {
  id: string;
  installationId: string;
  /** null until GitHub's installation event says whose it is. */
  accountLogin: string | null;
  accountType: string | null;
  suspendedAt: Date | null;
  removedAt: Date | null;
  repositories: TGitHubRepositoryView[];
  /** Repositories beyond the ones listed (an installation on "All repositories" of a large organization). */
  repositoriesNotListed: number;
};

/** Enough for any organization's page; beyond it the page says how many are not shown. */
export const MAX_REPOSITORIES_LISTED = 500;

export const installationSelect = {
  id: true,
  installationId: true,
  accountLogin: true,
  accountType: true,
  suspendedAt: true,
  removedAt: true,
  // Reachable repositories first, then by name.
  repositories: {
    orderBy: [{ removedAt: { sort: "desc", nulls: "first" } }, { fullName: "asc" }],
    take: MAX_REPOSITORIES_LISTED,
    select: { id: true, fullName: true, isPrivate: true, removedAt: true, project: { select: { id: true, name: true, slug: true, archivedAt: true } } },
  },
  _count: { select: { repositories: true } },
} satisfies Prisma.GitHubInstallationSelect;

type TInstallationRow = Prisma.GitHubInstallationGetPayload<{ select: typeof installationSelect }>;
type TRepositoryRow = TInstallationRow["repositories"][number];

export function toRepositoryView({ project, ...row }: TRepositoryRow): TGitHubRepositoryView {
  return { ...row, project: project ? { id: project.id, name: project.name, slug: project.slug, archived: project.archivedAt !== null } : null };
}

export function toInstallationView({ installationId, accountLogin, repositories, _count, ...row }: TInstallationRow): TGitHubInstallationView {
  return {
    ...row,
    installationId: installationId.toString(),
    accountLogin: accountLogin === PENDING_ACCOUNT_LOGIN ? null : accountLogin,
    repositories: repositories.map(toRepositoryView),
    repositoriesNotListed: Math.max(0, _count.repositories - repositories.length),
  };
}

export type TGitHubReviewView = {
  id: string;
  /** queued | running | completed | skipped | superseded | failed */
  status: string;
  statusReason: string | null;
  repository: string;
  pullNumber: number;
  /** null until the pull request's head is known (a "/coral review" comment names no commit). */
  headSha: string | null;
  trigger: string;
  /** clean | comments | blocking */
  verdict: string | null;
  findingsPosted: number;
  project: { name: string; slug: string };
  run: { id: string; number: number } | null;
  createdAt: Date;
};

export type TGitHubDeliveryView = {
  id: string;
  deliveryId: string;
  event: string;
  action: string | null;
  repository: string | null;
  /** accepted | ignored | ping */
  outcome: string;
  reason: string | null;
  receivedAt: Date;
};
