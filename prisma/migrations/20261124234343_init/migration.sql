-- CreateTable
CREATE TABLE "Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'INDIVIDUAL',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "descriptive" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Role" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryId" INTEGER,
    "organisationId" INTEGER,
    "since" TEXT,
    "until" TEXT,
    "current" BOOLEAN NOT NULL,
    CONSTRAINT "Role_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Role_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Role_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Country" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryId" INTEGER,
    CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Country" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "date" TEXT,
    "time" TEXT,
    "medium" TEXT,
    "status" TEXT NOT NULL,
    "location" TEXT,
    "summary" TEXT,
    "initiatorId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Event_initiatorId_fkey" FOREIGN KEY ("initiatorId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "text" TEXT NOT NULL,
    "textKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "saidOn" TEXT,
    "speakerId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "StatementSource_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PolicyAction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "target" TEXT,
    "ratePercent" REAL,
    "effectiveDate" TEXT,
    "summary" TEXT,
    "announcedById" INTEGER,
    "inResponseToId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PolicyAction_announcedById_fkey" FOREIGN KEY ("announcedById") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PolicyAction_inResponseToId_fkey" FOREIGN KEY ("inResponseToId") REFERENCES "PolicyAction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT,
    "publisher" TEXT,
    "url" TEXT,
    "publishedOn" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "_PolicyActionPeople" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PolicyActionPeople_A_fkey" FOREIGN KEY ("A") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PolicyActionPeople_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PolicyActionActors" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PolicyActionActors_A_fkey" FOREIGN KEY ("A") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PolicyActionActors_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PolicyActionCountries" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PolicyActionCountries_A_fkey" FOREIGN KEY ("A") REFERENCES "Country" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PolicyActionCountries_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EventParticipants" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_EventParticipants_A_fkey" FOREIGN KEY ("A") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventParticipants_B_fkey" FOREIGN KEY ("B") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_StatementEvents" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_StatementEvents_A_fkey" FOREIGN KEY ("A") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_StatementEvents_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_StatementPolicyActions" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_StatementPolicyActions_A_fkey" FOREIGN KEY ("A") REFERENCES "PolicyAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_StatementPolicyActions_B_fkey" FOREIGN KEY ("B") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PolicyActionSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PolicyActionSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PolicyActionSources_B_fkey" FOREIGN KEY ("B") REFERENCES "PolicyAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
CREATE UNIQUE INDEX "_PolicyActionPeople_AB_unique" ON "_PolicyActionPeople"("A", "B");

-- CreateIndex
CREATE INDEX "_PolicyActionPeople_B_index" ON "_PolicyActionPeople"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PolicyActionActors_AB_unique" ON "_PolicyActionActors"("A", "B");

-- CreateIndex
CREATE INDEX "_PolicyActionActors_B_index" ON "_PolicyActionActors"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PolicyActionCountries_AB_unique" ON "_PolicyActionCountries"("A", "B");

-- CreateIndex
CREATE INDEX "_PolicyActionCountries_B_index" ON "_PolicyActionCountries"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EventParticipants_AB_unique" ON "_EventParticipants"("A", "B");

-- CreateIndex
CREATE INDEX "_EventParticipants_B_index" ON "_EventParticipants"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_StatementEvents_AB_unique" ON "_StatementEvents"("A", "B");

-- CreateIndex
CREATE INDEX "_StatementEvents_B_index" ON "_StatementEvents"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_StatementPolicyActions_AB_unique" ON "_StatementPolicyActions"("A", "B");

-- CreateIndex
CREATE INDEX "_StatementPolicyActions_B_index" ON "_StatementPolicyActions"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EventSources_AB_unique" ON "_EventSources"("A", "B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PolicyActionSources_AB_unique" ON "_PolicyActionSources"("A", "B");

-- CreateIndex
CREATE INDEX "_PolicyActionSources_B_index" ON "_PolicyActionSources"("B");
