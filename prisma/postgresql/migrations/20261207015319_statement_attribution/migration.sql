-- AlterTable
ALTER TABLE "StatementSource" ADD COLUMN     "cueEnd" INTEGER,
ADD COLUMN     "cueStart" INTEGER,
ADD COLUMN     "cueText" TEXT,
ADD COLUMN     "sourceEnd" INTEGER,
ADD COLUMN     "sourceStart" INTEGER,
ADD COLUMN     "sourceText" TEXT;
