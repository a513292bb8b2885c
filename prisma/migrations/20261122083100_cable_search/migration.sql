-- Full-text search over subject and telegram text (FTS5). External content: the index holds no copy
-- of the text, snippet() and highlight() read it from "Cable" by rowid = "Cable"."pk".
-- Prisma's diff knows these tables as external (lib/db/schema-engine.ts EXTERNAL_TABLES).
-- A later migration that rebuilds "Cable" drops these triggers: it must create them again.
CREATE VIRTUAL TABLE "CableSearch" USING fts5(
    subject,
    text,
    content = 'Cable',
    content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Cable_search_insert" AFTER INSERT ON "Cable" BEGIN
    INSERT INTO "CableSearch" (rowid, subject, text) VALUES (new."pk", new."subject", new."text");
END;

CREATE TRIGGER "Cable_search_delete" AFTER DELETE ON "Cable" BEGIN
    INSERT INTO "CableSearch" ("CableSearch", rowid, subject, text) VALUES ('delete', old."pk", old."subject", old."text");
END;

CREATE TRIGGER "Cable_search_update" AFTER UPDATE OF "subject", "text" ON "Cable" BEGIN
    INSERT INTO "CableSearch" ("CableSearch", rowid, subject, text) VALUES ('delete', old."pk", old."subject", old."text");
    INSERT INTO "CableSearch" (rowid, subject, text) VALUES (new."pk", new."subject", new."text");
END;

-- Index whatever "Cable" already holds.
INSERT INTO "CableSearch" ("CableSearch") VALUES ('rebuild');
