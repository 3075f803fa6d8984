// Template: a web application with AI features. The AI design and model
// selection steps run only for projects with the has_ai_features fact, and the
// backend waits for them so it builds on the chosen models.
import { defineTemplate } from "./define-template";

const hasAiFeatures = { fact: "has_ai_features" };

export const aiPoweredAppTemplate = defineTemplate({
  id: "ai-powered-app",
  category: "ai",
  definition: {
    name: "AI-powered app",
    description:
      "The full-stack workflow plus AI feature design and model selection (for projects with AI features): the backend builds on the chosen models, and QA and security cover evaluation and LLM threats.",
    steps: [
      { id: "architecture", group: "Plan", title: "Architecture and plan", agent: "project_architect" },
      { id: "specification", group: "Plan", title: "Requirements, API and data model", agent: "technical_writer_phase1", dependsOn: ["architecture"] },
      {
        id: "approve_spec",
        kind: "approval",
        group: "Plan",
        title: "Approve the specification",
        dependsOn: ["specification"],
        approval: { prompt: "Approve the spec before building: check the architecture, the AI features it plans, the API specification and data model." },
      },
      { id: "ai_design", group: "AI", title: "AI feature design", agent: "ai_ml_specialist", dependsOn: ["approve_spec"], when: hasAiFeatures },
      { id: "model_strategy", group: "AI", title: "Model selection", agent: "model_strategy_specialist", dependsOn: ["ai_design"], when: hasAiFeatures },
      { id: "frontend", group: "Build", title: "Frontend", agent: "frontend_developer", dependsOn: ["approve_spec"] },
      { id: "database", group: "Build", title: "Database", agent: "database_administrator", dependsOn: ["approve_spec"] },
      {
        id: "backend",
        group: "Build",
        title: "Backend",
        agent: "backend_developer",
        dependsOn: ["model_strategy", "database"],
        task: "Implement the AI features as designed, calling the models chosen in the model selection report through one gateway with timeouts, retries and cost limits.",
      },
      {
        id: "qa",
        group: "Verify",
        title: "Testing and AI evaluation",
        agent: "qa_testing",
        dependsOn: ["backend", "frontend"],
        task: "Include the AI evaluation plan's test sets and quality thresholds in the test plan.",
      },
      {
        id: "security",
        group: "Verify",
        title: "Security review",
        agent: "security_specialist",
        dependsOn: ["backend", "frontend"],
        task: "Cover the LLM threats (prompt injection, data leakage through prompts and outputs, unbounded cost) as well as the usual web ones.",
      },
      { id: "deploy", group: "Ship", title: "Deployment", agent: "devops_deployment", dependsOn: ["qa", "security"] },
      { id: "documentation", group: "Ship", title: "User and developer guides", agent: "technical_writer_phase2", dependsOn: ["deploy"] },
    ],
  },
});
