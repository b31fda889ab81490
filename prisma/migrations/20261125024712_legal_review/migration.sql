-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ReviewAnchorKind" AS ENUM ('ANSWER', 'FINDING', 'CLAUSE');

-- CreateEnum
CREATE TYPE "FindingDecisionKind" AS ENUM ('MUST_FIX', 'ACCEPTED_RISK', 'NOT_APPLICABLE', 'VERIFIED');

-- CreateTable
CREATE TABLE "CaseRevision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "actorName" TEXT,
    "actorEmail" TEXT,
    "changes" JSONB NOT NULL,
    "documentHash" TEXT NOT NULL,

    CONSTRAINT "CaseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "reviewerUserId" UUID,
    "message" TEXT NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "outcome" "ReviewOutcome",
    "closedById" UUID,
    "closedByName" TEXT,
    "summary" TEXT,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewThread" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "anchorKind" "ReviewAnchorKind" NOT NULL,
    "anchor" TEXT NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,
    "resolvedByName" TEXT,

    CONSTRAINT "ReviewThread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL,
    "threadId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingDecision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "findingKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kind" "FindingDecisionKind" NOT NULL,
    "motivation" TEXT,
    "source" TEXT,
    "caseVersion" INTEGER NOT NULL,
    "decidedById" UUID NOT NULL,
    "decidedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseApproval" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "documentHash" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "reviewerId" UUID NOT NULL,
    "reviewerName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseRevision_caseId_at_idx" ON "CaseRevision"("caseId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CaseRevision_caseId_version_key" ON "CaseRevision"("caseId", "version");

-- CreateIndex
CREATE INDEX "ReviewRequest_caseId_createdAt_idx" ON "ReviewRequest"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_reviewerUserId_closedAt_idx" ON "ReviewRequest"("reviewerUserId", "closedAt");

-- CreateIndex
CREATE INDEX "ReviewRequest_organizationId_closedAt_idx" ON "ReviewRequest"("organizationId", "closedAt");

-- CreateIndex
CREATE INDEX "ReviewThread_caseId_resolvedAt_idx" ON "ReviewThread"("caseId", "resolvedAt");

-- CreateIndex
CREATE INDEX "ReviewComment_threadId_createdAt_idx" ON "ReviewComment"("threadId", "createdAt");

-- CreateIndex
CREATE INDEX "FindingDecision_caseId_organizationId_findingKey_createdAt_idx" ON "FindingDecision"("caseId", "organizationId", "findingKey", "createdAt");

-- CreateIndex
CREATE INDEX "CaseApproval_caseId_organizationId_createdAt_idx" ON "CaseApproval"("caseId", "organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseRevision" ADD CONSTRAINT "CaseRevision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewThread" ADD CONSTRAINT "ReviewThread_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "ReviewThread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingDecision" ADD CONSTRAINT "FindingDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingDecision" ADD CONSTRAINT "FindingDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseApproval" ADD CONSTRAINT "CaseApproval_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseApproval" ADD CONSTRAINT "CaseApproval_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Case revisions are the case's history and the base of stale-approval diffs: append-only,
-- like AuditLog. TRUNCATE stays possible for the table owner, which the integration tests'
-- reset relies on.
CREATE FUNCTION "case_revision_reject_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'CaseRevision is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "CaseRevision_append_only"
BEFORE UPDATE OR DELETE ON "CaseRevision"
FOR EACH ROW EXECUTE FUNCTION "case_revision_reject_change"();
