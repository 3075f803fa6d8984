// Template: a frontend against an existing (or mocked) API: UI design, the
// frontend, then accessibility and QA in parallel, and deployment.
import { defineTemplate } from "./define-template";

export const frontendOnlyTemplate = defineTemplate({
  id: "frontend-only",
  category: "frontend",
  definition: {
    name: "Frontend only",
    description:
      "A web frontend for an existing API: architecture, specification of the API it consumes, UI design, the frontend, accessibility audit and QA in parallel, then deployment.",
    steps: [
      { id: "architecture", group: "Plan", title: "Frontend architecture", agent: "project_architect" },
      {
        id: "specification",
        group: "Plan",
        title: "Requirements and the API consumed",
        agent: "technical_writer_phase1",
        dependsOn: ["architecture"],
        task: "The backend already exists: describe the API the frontend consumes as it is (or as a mock), and leave the data model to the minimum the UI needs.",
      },
      { id: "ui_design", group: "Design", title: "UI design", agent: "ui_designer", dependsOn: ["specification"] },
      { id: "frontend", group: "Build", title: "Frontend", agent: "frontend_developer", dependsOn: ["ui_design"] },
      { id: "accessibility", group: "Verify", title: "Accessibility audit", agent: "accessibility_specialist", dependsOn: ["frontend"] },
      { id: "qa", group: "Verify", title: "Testing", agent: "qa_testing", dependsOn: ["frontend"] },
      { id: "deploy", group: "Ship", title: "Deployment", agent: "devops_deployment", dependsOn: ["accessibility", "qa"] },
    ],
  },
});
