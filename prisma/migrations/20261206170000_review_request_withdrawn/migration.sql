-- AlterEnum
ALTER TYPE "ReviewOutcome" ADD VALUE 'WITHDRAWN';

