// Template: an API-only service, contract first: the API designer refines the
// specification before the backend is built, and performance is reviewed
// alongside QA and security.
import { defineTemplate } from "./define-template";

export const apiServiceTemplate = defineTemplate({
  id: "api-service",
  category: "api",
  definition: {
    name: "API service",
    description:
      "A backend service built contract first: architecture, specification and API design, then database and backend, QA, security and performance review in parallel, deployment and developer documentation.",
    steps: [
      { id: "architecture", group: "Plan", title: "Architecture and plan", agent: "project_architect" },
      { id: "specification", group: "Plan", title: "Requirements and data model", agent: "technical_writer_phase1", dependsOn: ["architecture"] },
      {
        id: "api_design",
        group: "Plan",
        title: "API contract",
        agent: "api_designer",
        dependsOn: ["specification"],
        task: "Refine the OpenAPI specification into the final contract (errors, pagination, versioning, idempotency) and write the API guidelines.",
      },
      { id: "database", group: "Build", title: "Database", agent: "database_administrator", dependsOn: ["specification"] },
      { id: "backend", group: "Build", title: "Backend", agent: "backend_developer", dependsOn: ["api_design", "database"] },
      { id: "qa", group: "Verify", title: "Testing", agent: "qa_testing", dependsOn: ["backend"] },
      { id: "security", group: "Verify", title: "Security review", agent: "security_specialist", dependsOn: ["backend"] },
      { id: "performance", group: "Verify", title: "Performance review", agent: "performance_optimizer", dependsOn: ["backend"] },
      { id: "deploy", group: "Ship", title: "Deployment", agent: "devops_deployment", dependsOn: ["qa", "security", "performance"] },
      {
        id: "documentation",
        group: "Ship",
        title: "Developer guide",
        agent: "technical_writer_phase2",
        dependsOn: ["deploy"],
        task: "The readers are API consumers: put the developer guide (authentication, examples per endpoint, errors) first.",
      },
    ],
  },
});
