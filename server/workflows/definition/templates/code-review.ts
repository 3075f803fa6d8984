// Template: review a pull request. The PR (title, description, diff) arrives
// as run input (`pull_request`); code and security review run in parallel and
// a final step merges them into one verdict.
import { defineTemplate } from "./define-template";

export const codeReviewTemplate = defineTemplate({
  id: "code-review",
  category: "review",
  definition: {
    name: "Code review",
    description: "Reviews a pull request: a code review and a security review of the diff in parallel, then one merged verdict with every finding once.",
    steps: [
      { id: "review", title: "Code review", agent: "code_reviewer", inputs: ["pull_request"] },
      {
        id: "security",
        title: "Security review",
        agent: "security_specialist",
        inputs: ["pull_request"],
        task: "Review this pull request's diff for vulnerabilities; the review is change-scoped.",
      },
      {
        id: "summary",
        title: "Verdict",
        agent: "code_reviewer",
        dependsOn: ["review", "security"],
        inputs: ["code_review", "security_review"],
        task: "Merge the code review and the security review into the final review of this pull request: each finding once, ranked by severity, and one verdict.",
      },
    ],
    limits: { maxSteps: 5, stepTimeoutSeconds: 300, costCapUsd: 2 },
  },
});
