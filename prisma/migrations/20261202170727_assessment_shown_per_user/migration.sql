-- One stored assessment per case and person (issue 9 §5): a visit by one person must not clear
-- the "what changed" message for the others.
ALTER TABLE "CaseAssessmentShown" DROP CONSTRAINT "CaseAssessmentShown_pkey",
ADD COLUMN     "userId" UUID;

-- The one row a case had was the assessment last shown to someone on the case; keep it as each
-- current member's starting point, so nobody loses a change that is still unseen.
INSERT INTO "CaseAssessmentShown" ("caseId", "userId", "snapshot", "shownAt")
SELECT DISTINCT ON (a."caseId", m."userId") a."caseId", m."userId", a."snapshot", a."shownAt"
FROM "CaseAssessmentShown" a
JOIN "CaseMember" m ON m."caseId" = a."caseId"
WHERE a."userId" IS NULL;

DELETE FROM "CaseAssessmentShown" WHERE "userId" IS NULL;

ALTER TABLE "CaseAssessmentShown" ALTER COLUMN "userId" SET NOT NULL,
ADD CONSTRAINT "CaseAssessmentShown_pkey" PRIMARY KEY ("caseId", "userId");

-- CreateIndex
CREATE INDEX "CaseAssessmentShown_userId_idx" ON "CaseAssessmentShown"("userId");

-- AddForeignKey
ALTER TABLE "CaseAssessmentShown" ADD CONSTRAINT "CaseAssessmentShown_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
