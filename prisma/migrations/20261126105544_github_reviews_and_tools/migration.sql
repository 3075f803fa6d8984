-- CreateTable
CREATE TABLE "GitHubReview" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "repositoryId" TEXT NOT NULL,
    "pullNumber" INTEGER NOT NULL,
    "headSha" TEXT,
    "baseRef" TEXT,
    "sinceSha" TEXT,
    "trigger" TEXT NOT NULL,
    "requestedBy" TEXT,
    "onlyAgent" TEXT,
    "deliveryId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "statusReason" TEXT,
    "runId" TEXT,
    "checkRunId" BIGINT,
    "summaryCommentId" BIGINT,
    "coverage" JSONB,
    "verdict" TEXT,
    "findingsPosted" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "GitHubReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GitHubReviewComment" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "repositoryId" TEXT NOT NULL,
    "pullNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "severity" TEXT NOT NULL,
    "githubCommentId" BIGINT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GitHubReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolServer" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "preset" TEXT NOT NULL DEFAULT 'custom',
    "transport" TEXT NOT NULL,
    "command" TEXT,
    "args" JSONB NOT NULL DEFAULT '[]',
    "url" TEXT,
    "sealedSecrets" TEXT,
    "secretNames" JSONB NOT NULL DEFAULT '[]',
    "tools" JSONB,
    "toolsHash" TEXT,
    "toolsFetchedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ToolServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolPolicyVersion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ToolPolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ToolCall" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "runId" TEXT,
    "stepId" TEXT,
    "agentId" TEXT,
    "idempotencyKey" TEXT,
    "serverId" TEXT,
    "serverName" TEXT NOT NULL,
    "toolName" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "arguments" JSONB NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "policyVersion" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "resultSummary" TEXT,
    "result" JSONB,
    "durationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ToolCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "policyVersion" INTEGER,
    "ip" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GitHubReview_deliveryId_key" ON "GitHubReview"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "GitHubReview_runId_key" ON "GitHubReview"("runId");

-- CreateIndex
CREATE INDEX "GitHubReview_repositoryId_pullNumber_createdAt_idx" ON "GitHubReview"("repositoryId", "pullNumber", "createdAt");

-- CreateIndex
CREATE INDEX "GitHubReview_workspaceId_createdAt_idx" ON "GitHubReview"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "GitHubReview_projectId_idx" ON "GitHubReview"("projectId");

-- CreateIndex
CREATE INDEX "GitHubReviewComment_workspaceId_idx" ON "GitHubReviewComment"("workspaceId");

-- CreateIndex
CREATE INDEX "GitHubReviewComment_reviewId_idx" ON "GitHubReviewComment"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "GitHubReviewComment_repositoryId_pullNumber_fingerprint_key" ON "GitHubReviewComment"("repositoryId", "pullNumber", "fingerprint");

-- CreateIndex
CREATE INDEX "ToolServer_createdById_idx" ON "ToolServer"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ToolServer_workspaceId_name_key" ON "ToolServer"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "ToolPolicyVersion_createdById_idx" ON "ToolPolicyVersion"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ToolPolicyVersion_workspaceId_version_key" ON "ToolPolicyVersion"("workspaceId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ToolCall_idempotencyKey_key" ON "ToolCall"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ToolCall_workspaceId_createdAt_idx" ON "ToolCall"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "ToolCall_runId_stepId_idx" ON "ToolCall"("runId", "stepId");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_createdAt_idx" ON "AuditEvent"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_action_idx" ON "AuditEvent"("workspaceId", "action");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_workspaceId_seq_key" ON "AuditEvent"("workspaceId", "seq");

-- AddForeignKey
ALTER TABLE "GitHubRepository" ADD CONSTRAINT "GitHubRepository_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReview" ADD CONSTRAINT "GitHubReview_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReview" ADD CONSTRAINT "GitHubReview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReview" ADD CONSTRAINT "GitHubReview_repositoryId_fkey" FOREIGN KEY ("repositoryId") REFERENCES "GitHubRepository"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReview" ADD CONSTRAINT "GitHubReview_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReviewComment" ADD CONSTRAINT "GitHubReviewComment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GitHubReviewComment" ADD CONSTRAINT "GitHubReviewComment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "GitHubReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolServer" ADD CONSTRAINT "ToolServer_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolServer" ADD CONSTRAINT "ToolServer_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolPolicyVersion" ADD CONSTRAINT "ToolPolicyVersion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolPolicyVersion" ADD CONSTRAINT "ToolPolicyVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolCall" ADD CONSTRAINT "ToolCall_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ToolCall" ADD CONSTRAINT "ToolCall_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
