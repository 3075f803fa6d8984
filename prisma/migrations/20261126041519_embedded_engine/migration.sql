-- CreateEnum
CREATE TYPE "EngineExecutionStatus" AS ENUM ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "EngineExecution" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventData" JSONB NOT NULL,
    "concurrencyKey" TEXT NOT NULL,
    "status" "EngineExecutionStatus" NOT NULL DEFAULT 'queued',
    "waitingFor" JSONB,
    "wakeAt" TIMESTAMP(3),
    "output" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngineExecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngineStep" (
    "id" TEXT NOT NULL,
    "executionId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "output" JSONB,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "EngineStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngineEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EngineExecution_status_concurrencyKey_createdAt_idx" ON "EngineExecution"("status", "concurrencyKey", "createdAt");

-- CreateIndex
CREATE INDEX "EngineExecution_status_wakeAt_idx" ON "EngineExecution"("status", "wakeAt");

-- CreateIndex
CREATE UNIQUE INDEX "EngineStep_executionId_key_key" ON "EngineStep"("executionId", "key");

-- CreateIndex
CREATE INDEX "EngineEvent_name_createdAt_idx" ON "EngineEvent"("name", "createdAt");

-- AddForeignKey
ALTER TABLE "EngineStep" ADD CONSTRAINT "EngineStep_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "EngineExecution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
