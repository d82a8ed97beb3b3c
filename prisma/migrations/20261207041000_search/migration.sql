-- Full-text search, written by hand: Prisma's model cannot describe FTS5 tables or triggers.
-- Each index is an external-content FTS5 table over one column; the triggers keep it in step
-- with its table inside the transaction that writes the rows. Tokens are stemmed with Porter
-- and accents kept, as PostgreSQL's `english` configuration does, so both engines match alike.

-- CreateSearchIndex
CREATE VIRTUAL TABLE "StatementSearch" USING fts5("text", content = 'Statement', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 0');
INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');
CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
  INSERT INTO "StatementSearch"(rowid, "text") VALUES (new."id", new."text");
END;
CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
  INSERT INTO "StatementSearch"("StatementSearch", rowid, "text") VALUES ('delete', old."id", old."text");
END;
CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
  INSERT INTO "StatementSearch"("StatementSearch", rowid, "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "StatementSearch"(rowid, "text") VALUES (new."id", new."text");
END;

-- CreateSearchIndex
CREATE VIRTUAL TABLE "PersonNameSearch" USING fts5("name", content = 'Person', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 0');
INSERT INTO "PersonNameSearch"("PersonNameSearch") VALUES ('rebuild');
CREATE TRIGGER "Person_search_insert" AFTER INSERT ON "Person" BEGIN
  INSERT INTO "PersonNameSearch"(rowid, "name") VALUES (new."id", new."name");
END;
CREATE TRIGGER "Person_search_delete" AFTER DELETE ON "Person" BEGIN
  INSERT INTO "PersonNameSearch"("PersonNameSearch", rowid, "name") VALUES ('delete', old."id", old."name");
END;
CREATE TRIGGER "Person_search_update" AFTER UPDATE OF "name" ON "Person" BEGIN
  INSERT INTO "PersonNameSearch"("PersonNameSearch", rowid, "name") VALUES ('delete', old."id", old."name");
  INSERT INTO "PersonNameSearch"(rowid, "name") VALUES (new."id", new."name");
END;

-- CreateSearchIndex
CREATE VIRTUAL TABLE "PersonAliasSearch" USING fts5("alias", content = 'PersonAlias', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 0');
INSERT INTO "PersonAliasSearch"("PersonAliasSearch") VALUES ('rebuild');
CREATE TRIGGER "PersonAlias_search_insert" AFTER INSERT ON "PersonAlias" BEGIN
  INSERT INTO "PersonAliasSearch"(rowid, "alias") VALUES (new."id", new."alias");
END;
CREATE TRIGGER "PersonAlias_search_delete" AFTER DELETE ON "PersonAlias" BEGIN
  INSERT INTO "PersonAliasSearch"("PersonAliasSearch", rowid, "alias") VALUES ('delete', old."id", old."alias");
END;
CREATE TRIGGER "PersonAlias_search_update" AFTER UPDATE OF "alias" ON "PersonAlias" BEGIN
  INSERT INTO "PersonAliasSearch"("PersonAliasSearch", rowid, "alias") VALUES ('delete', old."id", old."alias");
  INSERT INTO "PersonAliasSearch"(rowid, "alias") VALUES (new."id", new."alias");
END;
