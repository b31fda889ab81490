-- CreateEnum
CREATE TYPE "ExampleStatus" AS ENUM ('PROPOSED', 'APPROVED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "CaseExample" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "status" "ExampleStatus" NOT NULL DEFAULT 'PROPOSED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "lessonsLearned" TEXT NOT NULL DEFAULT '',
    "area" TEXT NOT NULL,
    "municipalityGroup" TEXT,
    "populationBand" TEXT,
    "partyCount" TEXT,
    "collaborationForm" TEXT,
    "procurementRoute" TEXT,
    "year" INTEGER NOT NULL,
    "kSteps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kMatches" INTEGER NOT NULL DEFAULT 0,
    "markedNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "markedPersons" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "proposedByUserId" UUID NOT NULL,
    "approvedByUserId" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "searchVector" tsvector,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseExample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseExample_caseId_key" ON "CaseExample"("caseId");

-- CreateIndex
CREATE INDEX "CaseExample_searchVector_idx" ON "CaseExample" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "CaseExample_status_approvedAt_idx" ON "CaseExample"("status", "approvedAt");

-- AddForeignKey
ALTER TABLE "CaseExample" ADD CONSTRAINT "CaseExample_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

