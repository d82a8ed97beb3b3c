-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PersonKind" AS ENUM ('INDIVIDUAL', 'INSTITUTION', 'ANONYMOUS', 'GROUP');

-- CreateEnum
CREATE TYPE "RoleKind" AS ENUM ('HEAD_OF_STATE', 'HEAD_OF_GOVERNMENT', 'MINISTER', 'PARTY_LEADER', 'LEGISLATOR', 'OFFICIAL', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('PARTY', 'MINISTRY', 'CABINET', 'OFFICE', 'LEGISLATURE', 'COMPANY', 'ASSOCIATION', 'INSTITUTE', 'INTERNATIONAL', 'OTHER');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('CALL', 'MEETING');

-- CreateEnum
CREATE TYPE "EventMedium" AS ENUM ('PHONE', 'VIDEO', 'IN_PERSON');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('HELD', 'PLANNED', 'EXPECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StatementKind" AS ENUM ('DIRECT', 'PARAPHRASE');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('REMARKS_TO_REPORTERS', 'PRESS_STATEMENT', 'SOCIAL_MEDIA_POST', 'INTERVIEW', 'SPEECH', 'CAMPAIGN_EVENT', 'PRESS_CONFERENCE', 'PHONE_CALL', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PolicyActionKind" AS ENUM ('TARIFF', 'RETALIATORY_TARIFF', 'EXEMPTION', 'DELAY', 'NEGOTIATION');

-- CreateEnum
CREATE TYPE "PolicyActionStatus" AS ENUM ('THREATENED', 'ANNOUNCED', 'IN_FORCE', 'DELAYED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "PersonKind" NOT NULL DEFAULT 'INDIVIDUAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "descriptive" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Role" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "RoleKind" NOT NULL,
    "countryId" INTEGER,
    "organisationId" INTEGER,
    "since" TEXT,
    "until" TEXT,
    "current" BOOLEAN NOT NULL,

    CONSTRAINT "Role_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "countryId" INTEGER,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
    "kind" "EventKind" NOT NULL,
    "date" TEXT,
    "time" TEXT,
    "medium" "EventMedium",
    "status" "EventStatus" NOT NULL,
    "location" TEXT,
    "summary" TEXT,
    "initiatorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" SERIAL NOT NULL,
    "text" TEXT NOT NULL,
    "textKey" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "saidOn" TEXT,
    "speakerId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementSource" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StatementSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyAction" (
    "id" SERIAL NOT NULL,
    "kind" "PolicyActionKind" NOT NULL,
    "status" "PolicyActionStatus" NOT NULL,
    "target" TEXT,
    "ratePercent" DOUBLE PRECISION,
    "effectiveDate" TEXT,
    "summary" TEXT,
    "announcedById" INTEGER,
    "inResponseToId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PolicyActionPeople" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PolicyActionPeople_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PolicyActionActors" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PolicyActionActors_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PolicyActionCountries" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PolicyActionCountries_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventParticipants" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_EventParticipants_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_StatementEvents" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementEvents_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_StatementPolicyActions" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_StatementPolicyActions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_EventSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_PolicyActionSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PolicyActionSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_nameKey_idx" ON "Person"("nameKey");

-- CreateIndex
CREATE INDEX "PersonAlias_key_idx" ON "PersonAlias"("key");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_key_key" ON "PersonAlias"("personId", "key");

-- CreateIndex
CREATE INDEX "Role_personId_idx" ON "Role"("personId");

-- CreateIndex
CREATE INDEX "Role_countryId_idx" ON "Role"("countryId");

-- CreateIndex
CREATE INDEX "Role_kind_idx" ON "Role"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Country_name_key" ON "Country"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Country_slug_key" ON "Country"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Event_kind_date_idx" ON "Event"("kind", "date");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidOn_idx" ON "Statement"("speakerId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_saidOn_idx" ON "Statement"("saidOn");

-- CreateIndex
CREATE INDEX "Statement_textKey_idx" ON "Statement"("textKey");

-- CreateIndex
CREATE INDEX "StatementSource_statementId_idx" ON "StatementSource"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementSource_articleId_start_end_key" ON "StatementSource"("articleId", "start", "end");

-- CreateIndex
CREATE INDEX "PolicyAction_kind_effectiveDate_idx" ON "PolicyAction"("kind", "effectiveDate");

-- CreateIndex
CREATE INDEX "PolicyAction_inResponseToId_idx" ON "PolicyAction"("inResponseToId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedOn_idx" ON "Article"("publishedOn");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- CreateIndex
CREATE INDEX "_PolicyActionPeople_B_index" ON "_PolicyActionPeople"("B");

-- CreateIndex
CREATE INDEX "_PolicyActionActors_B_index" ON "_PolicyActionActors"("B");

-- CreateIndex
CREATE INDEX "_PolicyActionCountries_B_index" ON "_PolicyActionCountries"("B");

-- CreateIndex
CREATE INDEX "_EventParticipants_B_index" ON "_EventParticipants"("B");

-- CreateIndex
CREATE INDEX "_StatementEvents_B_index" ON "_StatementEvents"("B");

-- CreateIndex
CREATE INDEX "_StatementPolicyActions_B_index" ON "_StatementPolicyActions"("B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE INDEX "_PolicyActionSources_B_index" ON "_PolicyActionSources"("B");

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Role" ADD CONSTRAINT "Role_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_initiatorId_fkey" FOREIGN KEY ("initiatorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSource" ADD CONSTRAINT "StatementSource_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSource" ADD CONSTRAINT "StatementSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAction" ADD CONSTRAINT "PolicyAction_announcedById_fkey" FOREIGN KEY ("announcedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyAction" ADD CONSTRAINT "PolicyAction_inResponseToId_fkey" FOREIGN KEY ("inResponseToId") REFERENCES "PolicyAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionPeople" ADD CONSTRAINT "_PolicyActionPeople_A_fkey" FOREIGN KEY ("A") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionPeople" ADD CONSTRAINT "_PolicyActionPeople_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionActors" ADD CONSTRAINT "_PolicyActionActors_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionActors" ADD CONSTRAINT "_PolicyActionActors_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionCountries" ADD CONSTRAINT "_PolicyActionCountries_A_fkey" FOREIGN KEY ("A") REFERENCES "Country"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionCountries" ADD CONSTRAINT "_PolicyActionCountries_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventParticipants" ADD CONSTRAINT "_EventParticipants_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventParticipants" ADD CONSTRAINT "_EventParticipants_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementEvents" ADD CONSTRAINT "_StatementEvents_A_fkey" FOREIGN KEY ("A") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementEvents" ADD CONSTRAINT "_StatementEvents_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementPolicyActions" ADD CONSTRAINT "_StatementPolicyActions_A_fkey" FOREIGN KEY ("A") REFERENCES "PolicyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_StatementPolicyActions" ADD CONSTRAINT "_StatementPolicyActions_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionSources" ADD CONSTRAINT "_PolicyActionSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyActionSources" ADD CONSTRAINT "_PolicyActionSources_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
