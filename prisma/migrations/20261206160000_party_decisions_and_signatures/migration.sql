-- CreateEnum
CREATE TYPE "DecisionBody" AS ENUM ('COMMITTEE', 'COUNCIL', 'EXECUTIVE_BOARD', 'DELEGATE');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADOPTED', 'REJECTED', 'REFERRED_BACK', 'TABLED');

-- CreateTable
CREATE TABLE "PartyDecision" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "partyKey" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "organizationId" UUID,
    "body" "DecisionBody" NOT NULL,
    "bodyName" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "paragraph" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "recordedByUserId" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnByName" TEXT,

    CONSTRAINT "PartyDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementSignature" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "partyKey" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "organizationId" UUID,
    "signedOn" DATE NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "caseVersion" INTEGER NOT NULL,
    "recordedByUserId" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnByName" TEXT,

    CONSTRAINT "AgreementSignature_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PartyDecision_caseId_partyKey_decidedOn_idx" ON "PartyDecision"("caseId", "partyKey", "decidedOn");

-- CreateIndex
CREATE INDEX "PartyDecision_organizationId_idx" ON "PartyDecision"("organizationId");

-- CreateIndex
CREATE INDEX "AgreementSignature_caseId_partyKey_signedOn_idx" ON "AgreementSignature"("caseId", "partyKey", "signedOn");

-- CreateIndex
CREATE INDEX "AgreementSignature_organizationId_idx" ON "AgreementSignature"("organizationId");

-- AddForeignKey
ALTER TABLE "PartyDecision" ADD CONSTRAINT "PartyDecision_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyDecision" ADD CONSTRAINT "PartyDecision_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

