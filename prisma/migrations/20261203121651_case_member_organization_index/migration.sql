-- CreateIndex
CREATE INDEX "CaseMember_organizationId_idx" ON "CaseMember"("organizationId");

