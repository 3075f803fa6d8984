// Template: the shortest path to a working product: one architect pass, one
// full-stack build, a test pass and deployment, under a small cost cap.
import { defineTemplate } from "./define-template";

export const mvpTemplate = defineTemplate({
  id: "mvp",
  category: "starter",
  definition: {
    name: "MVP",
    description: "A minimum viable product fast and cheap: a lean architecture, one full-stack build, a test pass against the spec, and deployment.",
    steps: [
      {
        id: "architecture",
        title: "Lean architecture",
        agent: "project_architect",
        tier: "balanced",
        task: "This is an MVP: choose the smallest architecture and the fewest moving parts that deliver {{task}}, and defer everything else to a later-phases list.",
      },
      { id: "build", title: "Full-stack build", agent: "full_stack_engineer", dependsOn: ["architecture"] },
      {
        id: "qa",
        title: "Test pass",
        agent: "qa_testing",
        dependsOn: ["build"],
        // No requirements document in an MVP: QA tests the build against the spec.
        inputs: ["technical_specification", "fullstack_implementation"],
        task: "Test the main user journeys of the MVP against the technical specification; keep the test plan short.",
      },
      { id: "deploy", title: "Deployment", agent: "devops_deployment", dependsOn: ["qa"] },
    ],
    limits: { maxSteps: 10, costCapUsd: 5 },
  },
});
