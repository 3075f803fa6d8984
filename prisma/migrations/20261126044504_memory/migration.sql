-- CreateTable
CREATE TABLE "MemoryItem" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "runId" TEXT,
    "agentId" TEXT,
    "stepId" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "sourceKey" TEXT,
    "importance" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "tokens" INTEGER NOT NULL DEFAULT 0,
    "embedding" vector(384),
    "embedder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryEntity" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normalizedName" TEXT NOT NULL,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryEntity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryRelation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "sourceMemoryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryMention" (
    "entityId" TEXT NOT NULL,
    "memoryId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,

    CONSTRAINT "MemoryMention_pkey" PRIMARY KEY ("entityId","memoryId")
);

-- CreateIndex
CREATE INDEX "MemoryItem_workspaceId_projectId_kind_idx" ON "MemoryItem"("workspaceId", "projectId", "kind");

-- CreateIndex
CREATE INDEX "MemoryItem_projectId_createdAt_idx" ON "MemoryItem"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryItem_workspaceId_sourceKey_key" ON "MemoryItem"("workspaceId", "sourceKey");

-- CreateIndex
CREATE INDEX "MemoryEntity_workspaceId_projectId_type_idx" ON "MemoryEntity"("workspaceId", "projectId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntity_projectId_normalizedName_key" ON "MemoryEntity"("projectId", "normalizedName");

-- CreateIndex
CREATE INDEX "MemoryRelation_toId_idx" ON "MemoryRelation"("toId");

-- CreateIndex
CREATE INDEX "MemoryRelation_workspaceId_projectId_idx" ON "MemoryRelation"("workspaceId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryRelation_fromId_toId_type_key" ON "MemoryRelation"("fromId", "toId", "type");

-- CreateIndex
CREATE INDEX "MemoryMention_memoryId_idx" ON "MemoryMention"("memoryId");

-- CreateIndex
CREATE INDEX "MemoryMention_workspaceId_idx" ON "MemoryMention"("workspaceId");

-- AddForeignKey
ALTER TABLE "MemoryItem" ADD CONSTRAINT "MemoryItem_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryItem" ADD CONSTRAINT "MemoryItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryEntity" ADD CONSTRAINT "MemoryEntity_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryEntity" ADD CONSTRAINT "MemoryEntity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryRelation" ADD CONSTRAINT "MemoryRelation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryRelation" ADD CONSTRAINT "MemoryRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "MemoryEntity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryRelation" ADD CONSTRAINT "MemoryRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "MemoryEntity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryMention" ADD CONSTRAINT "MemoryMention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "MemoryEntity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryMention" ADD CONSTRAINT "MemoryMention_memoryId_fkey" FOREIGN KEY ("memoryId") REFERENCES "MemoryItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- HNSW index for cosine similarity search (cannot be declared in the Prisma schema).
CREATE INDEX "MemoryItem_embedding_hnsw" ON "MemoryItem" USING hnsw ("embedding" vector_cosine_ops);
