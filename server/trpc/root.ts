// The app's tRPC router: one sub-router per domain.
import { createCallerFactory, createRouter } from "./init";
import { agentRouter } from "./routers/agent/router";
import { apiKeyRouter } from "./routers/api-key/router";
import { auditRouter } from "./routers/audit/router";
import { githubRouter } from "./routers/github/router";
import { invitationRouter } from "./routers/invitation/router";
import { memberRouter } from "./routers/member/router";
import { memoryRouter } from "./routers/memory/router";
import { modelsRouter } from "./routers/models/router";
import { projectRouter } from "./routers/project/router";
import { runRouter } from "./routers/run/router";
import { toolsRouter } from "./routers/tools/router";
import { usageRouter } from "./routers/usage/router";
import { userRouter } from "./routers/user/router";
import { webhookRouter } from "./routers/webhook/router";
import { workflowRouter } from "./routers/workflow/router";
import { workspaceRouter } from "./routers/workspace/router";

export const appRouter = createRouter({
  user: userRouter,
  workspace: workspaceRouter,
  member: memberRouter,
  invitation: invitationRouter,
  project: projectRouter,
  agent: agentRouter,
  models: modelsRouter,
  usage: usageRouter,
  workflow: workflowRouter,
  run: runRouter,
  memory: memoryRouter,
  webhook: webhookRouter,
  github: githubRouter,
  tools: toolsRouter,
  apiKey: apiKeyRouter,
  audit: auditRouter,
});

export type TAppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
