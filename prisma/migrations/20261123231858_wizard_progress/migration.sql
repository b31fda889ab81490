-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "completedSteps" TEXT[] DEFAULT ARRAY[]::TEXT[];

