// GitHub App webhooks (POST only): the raw body, read with GitHub's 25 MB cap,
// goes to the intake service, which verifies, records and answers.
import { readWebhookBody } from "@/server/github/read-webhook-body";
import { githubAppSettings } from "@/server/github/settings";
import { answers, toResponse } from "@/server/github/webhook-answer";
import { receiveGitHubWebhook } from "@/server/services/github/receive-github-webhook";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const { maxBodyBytes } = githubAppSettings();
  const body = await readWebhookBody(request, maxBodyBytes);
  if (!body.ok) return toResponse(answers.tooLarge(maxBodyBytes));
  return toResponse(await receiveGitHubWebhook({ headers: request.headers, rawBody: body.bytes }));
}
