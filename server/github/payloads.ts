// The parts of GitHub webhook payloads the intake reads, validated loosely:
// only the fields used, unknown fields ignored, so a payload GitHub extends
// tomorrow still parses and a malformed one is a 400 rather than a crash.
import { z } from "zod";

const ZGitHubId = z.number().int().positive();

// Enterprise accounts carry a slug and name instead of a login.
export const ZGitHubAccount = z.object({
  login: z.string().optional(),
  slug: z.string().optional(),
  name: z.string().nullish(),
  type: z.string().optional(),
});

export const ZInstallationRef = z.object({ id: ZGitHubId, account: ZGitHubAccount.nullish() });
export type TInstallationRef = z.infer<typeof ZInstallationRef>;

export const ZRepositoryRef = z.object({ id: ZGitHubId, full_name: z.string().min(1), private: z.boolean().optional() });
export type TRepositoryRef = z.infer<typeof ZRepositoryRef>;

/** What every delivery record keeps, whatever the event. */
export const ZWebhookEnvelope = z.object({
  action: z.string().optional(),
  installation: z.object({ id: ZGitHubId }).nullish(),
  repository: z.object({ full_name: z.string() }).nullish(),
});
export type TWebhookEnvelope = z.infer<typeof ZWebhookEnvelope>;

export const ZInstallationEvent = z.object({
  action: z.string(),
  installation: ZInstallationRef.extend({ suspended_at: z.string().nullish() }),
  repositories: z.array(ZRepositoryRef).nullish(),
});

export const ZInstallationRepositoriesEvent = z.object({
  action: z.string(),
  installation: ZInstallationRef,
  repositories_added: z.array(ZRepositoryRef).default([]),
  repositories_removed: z.array(z.object({ id: ZGitHubId })).default([]),
});

const ZUserRef = z.object({ login: z.string() }).nullish();

export const ZPullRequestEvent = z.object({
  action: z.string(),
  pull_request: z.object({
    number: z.number().int(),
    draft: z.boolean().optional(),
    head: z.object({ sha: z.string() }),
    base: z.object({ ref: z.string() }),
  }),
  repository: z.object({ id: ZGitHubId }),
  installation: z.object({ id: ZGitHubId }).nullish(),
  sender: ZUserRef,
});
export type TPullRequestEvent = z.infer<typeof ZPullRequestEvent>;

export const ZIssueCommentEvent = z.object({
  action: z.string(),
  comment: z.object({ body: z.string().nullish(), user: ZUserRef }),
  // Present only when the issue is a pull request.
  issue: z.object({ number: z.number().int(), pull_request: z.object({}).nullish() }),
  repository: z.object({ id: ZGitHubId }),
  installation: z.object({ id: ZGitHubId }).nullish(),
});
