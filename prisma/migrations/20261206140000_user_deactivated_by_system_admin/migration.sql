-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedBySystemAdmin" BOOLEAN NOT NULL DEFAULT false;

