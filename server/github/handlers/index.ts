// The handler for each GitHub event the app listens to (X-GitHub-Event);
// any other event is recorded as ignored.
import { handleInstallation } from "./installation";
import { handleInstallationRepositories } from "./installation-repositories";
import { handleIssueComment } from "./issue-comment";
import { handlePullRequest } from "./pull-request";
import type { TWebhookHandler } from "./types";

export const webhookHandlers: Readonly<Record<string, TWebhookHandler>> = {
  ping: () => ({ outcome: "ping" }),
  installation: handleInstallation,
  installation_repositories: handleInstallationRepositories,
  pull_request: handlePullRequest,
  issue_comment: handleIssueComment,
};

export function handlerFor(event: string): TWebhookHandler | undefined {
  return Object.hasOwn(webhookHandlers, event) ? webhookHandlers[event] : undefined;
}
