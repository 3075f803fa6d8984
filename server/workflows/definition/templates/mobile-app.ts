// Template: a mobile app with its backend: a sign-off on the specification,
// then backend, mobile client and database in parallel.
import { defineTemplate } from "./define-template";

export const mobileAppTemplate = defineTemplate({
  id: "mobile-app",
  category: "mobile",
  definition: {
    name: "Mobile app",
    description:
      "A mobile app and the backend it talks to: architecture and specification, a sign-off on the spec, then backend, mobile client and database in parallel, QA and security review, deployment and documentation.",
    steps: [
      { id: "architecture", group: "Plan", title: "Architecture and plan", agent: "project_architect" },
      { id: "specification", group: "Plan", title: "Requirements, API and data model", agent: "technical_writer_phase1", dependsOn: ["architecture"] },
      {
        id: "approve_spec",
        kind: "approval",
        group: "Plan",
        title: "Approve the specification",
        dependsOn: ["specification"],
        approval: { prompt: "Approve the spec before building: check the architecture, the API the app uses and the data model." },
      },
      { id: "backend", group: "Build", title: "Backend", agent: "backend_developer", dependsOn: ["approve_spec"] },
      { id: "mobile", group: "Build", title: "Mobile app", agent: "mobile_developer", dependsOn: ["approve_spec"] },
      { id: "database", group: "Build", title: "Database", agent: "database_administrator", dependsOn: ["approve_spec"] },
      {
        id: "qa",
        group: "Verify",
        title: "Testing",
        agent: "qa_testing",
        dependsOn: ["backend", "mobile", "database"],
        task: "Cover device and OS versions, offline and poor-network behaviour, and app store review requirements.",
      },
      { id: "security", group: "Verify", title: "Security review", agent: "security_specialist", dependsOn: ["backend", "mobile", "database"] },
      { id: "deploy", group: "Ship", title: "Deployment and store release", agent: "devops_deployment", dependsOn: ["qa", "security"] },
      { id: "documentation", group: "Ship", title: "User and developer guides", agent: "technical_writer_phase2", dependsOn: ["deploy"] },
    ],
  },
});
