-- CreateIndex
CREATE INDEX "Case_updatedAt_idx" ON "Case"("updatedAt");
