// Template: a full-stack web application, from architecture to deployment and
// documentation, with a human sign-off on the specification before building.
import { defineTemplate } from "./define-template";

export const fullStackWebAppTemplate = defineTemplate({
  id: "full-stack-web-app",
  category: "web",
  definition: {
    name: "Full-stack web app",
    description:
      "Architecture and specification, a sign-off on the spec, then backend, frontend and database in parallel, QA and security review in parallel, deployment and user and developer documentation.",
    steps: [
      { id: "architecture", group: "Plan", title: "Architecture and plan", agent: "project_architect" },
      { id: "specification", group: "Plan", title: "Requirements, API and data model", agent: "technical_writer_phase1", dependsOn: ["architecture"] },
      {
        id: "approve_spec",
        kind: "approval",
        group: "Plan",
        title: "Approve the specification",
        dependsOn: ["specification"],
        approval: { prompt: "Approve the spec before building: check the architecture, requirements, API specification and data model." },
      },
      { id: "backend", group: "Build", title: "Backend", agent: "backend_developer", dependsOn: ["approve_spec"] },
      { id: "frontend", group: "Build", title: "Frontend", agent: "frontend_developer", dependsOn: ["approve_spec"] },
      { id: "database", group: "Build", title: "Database", agent: "database_administrator", dependsOn: ["approve_spec"] },
      { id: "qa", group: "Verify", title: "Testing", agent: "qa_testing", dependsOn: ["backend", "frontend", "database"] },
      { id: "security", group: "Verify", title: "Security review", agent: "security_specialist", dependsOn: ["backend", "frontend", "database"] },
      { id: "deploy", group: "Ship", title: "Deployment", agent: "devops_deployment", dependsOn: ["qa", "security"] },
      { id: "documentation", group: "Ship", title: "User and developer guides", agent: "technical_writer_phase2", dependsOn: ["deploy"] },
    ],
  },
});
