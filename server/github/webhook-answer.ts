// What the GitHub webhook intake answers. Rejections are answers GitHub shows
// in the app's delivery log rather than exceptions, so the service returns
// every outcome with its status and the route only turns it into a Response
// (failures as RFC 9457 problem+json, like the REST API).
import { ApiProblem, problemResponse } from "@/server/api/problem";

export type TGitHubWebhookAnswer =
  | { status: 200 | 202; body: Record<string, unknown> }
  | { status: 204 }
  | { status: 400 | 401 | 404 | 413; problem: "malformed-request" | "unauthenticated" | "not-found" | "payload-too-large"; detail: string };

export const answers = {
  notConfigured: (): TGitHubWebhookAnswer => ({
    status: 404,
    problem: "not-found",
    detail: "The GitHub App is not configured on this server: set GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY, GITHUB_WEBHOOK_SECRET and GITHUB_APP_SLUG.",
  }),
  tooLarge: (limit: number): TGitHubWebhookAnswer => ({
    status: 413,
    problem: "payload-too-large",
    detail: `The body is larger than ${Math.round(limit / (1024 * 1024))} MB, GitHub's limit for webhook payloads.`,
  }),
  badSignature: (): TGitHubWebhookAnswer => ({
    status: 401,
    problem: "unauthenticated",
    detail: "X-Hub-Signature-256 is missing or does not match the body signed with the webhook secret.",
  }),
  malformed: (detail: string): TGitHubWebhookAnswer => ({ status: 400, problem: "malformed-request", detail }),
};

export function toResponse(answer: TGitHubWebhookAnswer): Response {
  if ("problem" in answer) return problemResponse(new ApiProblem(answer.problem, answer.detail));
  if (answer.status === 204) return new Response(null, { status: 204 });
  return Response.json(answer.body, { status: answer.status });
}
