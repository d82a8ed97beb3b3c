-- Full-text search, written by hand: Prisma's model cannot describe expression indexes.
-- Each GIN index holds the `english` tsvector of one column (Snowball stemming, accents kept,
-- as SQLite's FTS5 `porter unicode61 remove_diacritics 0` index does). Being indexes, they are
-- kept in step by PostgreSQL itself inside the transaction that writes the rows. Queries must
-- repeat the indexed expression exactly, `to_tsvector('english'::regconfig, column)`.

-- CreateIndex
CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN (to_tsvector('english'::regconfig, "text"));

-- CreateIndex
CREATE INDEX "Person_name_search_idx" ON "Person" USING GIN (to_tsvector('english'::regconfig, "name"));

-- CreateIndex
CREATE INDEX "PersonAlias_alias_search_idx" ON "PersonAlias" USING GIN (to_tsvector('english'::regconfig, "alias"));
