-- DropIndex
DROP INDEX "CaseDocument_caseId_kind_partyId_format_caseVersion_approva_key";

-- AlterTable
ALTER TABLE "CaseDocument" ADD COLUMN     "approvalStatement" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "CaseDocument_caseId_kind_partyId_format_caseVersion_approva_key" ON "CaseDocument"("caseId", "kind", "partyId", "format", "caseVersion", "approvalVersion", "approvalStatement");

