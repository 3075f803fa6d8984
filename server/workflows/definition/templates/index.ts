// The built-in workflow templates (DESIGN §5), in the order the gallery shows
// them. Each is a complete, valid definition a workspace copies and edits.
import { aiPoweredAppTemplate } from "./ai-powered-app";
import { apiServiceTemplate } from "./api-service";
import { codeReviewTemplate } from "./code-review";
import type { TWorkflowTemplate } from "./define-template";
import { frontendOnlyTemplate } from "./frontend-only";
import { fullStackWebAppTemplate } from "./full-stack-web-app";
import { mobileAppTemplate } from "./mobile-app";
import { mvpTemplate } from "./mvp";

export { templateCategories, type TTemplateCategory, type TWorkflowTemplate } from "./define-template";

export const workflowTemplates: readonly TWorkflowTemplate[] = [
  fullStackWebAppTemplate,
  aiPoweredAppTemplate,
  apiServiceTemplate,
  frontendOnlyTemplate,
  mobileAppTemplate,
  mvpTemplate,
  codeReviewTemplate,
];

export function workflowTemplate(id: string): TWorkflowTemplate | undefined {
  return workflowTemplates.find((t) => t.id === id);
}
