-- CreateTable
CREATE TABLE "CaseAssessmentShown" (
    "caseId" UUID NOT NULL,
    "snapshot" JSONB NOT NULL,
    "shownAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAssessmentShown_pkey" PRIMARY KEY ("caseId")
);

-- AddForeignKey
ALTER TABLE "CaseAssessmentShown" ADD CONSTRAINT "CaseAssessmentShown_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

