-- AlterTable
ALTER TABLE "StatementSource" ADD COLUMN "cueEnd" INTEGER;
ALTER TABLE "StatementSource" ADD COLUMN "cueStart" INTEGER;
ALTER TABLE "StatementSource" ADD COLUMN "cueText" TEXT;
ALTER TABLE "StatementSource" ADD COLUMN "sourceEnd" INTEGER;
ALTER TABLE "StatementSource" ADD COLUMN "sourceStart" INTEGER;
ALTER TABLE "StatementSource" ADD COLUMN "sourceText" TEXT;
