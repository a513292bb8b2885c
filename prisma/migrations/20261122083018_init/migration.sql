-- CreateTable
CREATE TABLE "Cable" (
    "pk" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "id" TEXT,
    "station" TEXT,
    "serial" INTEGER,
    "year" INTEGER,
    "date" TEXT,
    "classification" TEXT,
    "origin" TEXT,
    "subject" TEXT,
    "precedence" TEXT,
    "dateTimeGroup" TEXT,
    "fromLine" TEXT,
    "summary" TEXT,
    "comment" TEXT,
    "signer" TEXT,
    "executiveOrder" TEXT,
    "declassification" TEXT,
    "classifiedBy" TEXT,
    "reason" TEXT,
    "section" TEXT,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "released" TEXT,
    "text" TEXT NOT NULL,
    "record" TEXT NOT NULL,
    "recordHash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CableTag" (
    "cablePk" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("cablePk", "tag"),
    CONSTRAINT "CableTag_cablePk_fkey" FOREIGN KEY ("cablePk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reference" (
    "citingPk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT,
    "text" TEXT NOT NULL,
    "citedId" TEXT,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("citingPk", "position"),
    CONSTRAINT "Reference_citingPk_fkey" FOREIGN KEY ("citingPk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Paragraph" (
    "cablePk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "number" TEXT,
    "classification" TEXT,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("cablePk", "position"),
    CONSTRAINT "Paragraph_cablePk_fkey" FOREIGN KEY ("cablePk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Recipient" (
    "cablePk" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "indicator" TEXT,
    "name" TEXT NOT NULL,
    "precedence" TEXT,
    "serial" TEXT,

    PRIMARY KEY ("cablePk", "position"),
    CONSTRAINT "Recipient_cablePk_fkey" FOREIGN KEY ("cablePk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entity" (
    "cablePk" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("cablePk", "type", "text"),
    CONSTRAINT "Entity_cablePk_fkey" FOREIGN KEY ("cablePk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "path" TEXT NOT NULL,
    "row" INTEGER NOT NULL DEFAULT 0,
    "format" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "cablePk" INTEGER NOT NULL,
    "ingestedAt" TEXT NOT NULL,

    PRIMARY KEY ("path", "row"),
    CONSTRAINT "Source_cablePk_fkey" FOREIGN KEY ("cablePk") REFERENCES "Cable" ("pk") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Cable_slug_key" ON "Cable"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Cable_id_key" ON "Cable"("id");

-- CreateIndex
CREATE INDEX "Cable_date_idx" ON "Cable"("date");

-- CreateIndex
CREATE INDEX "Cable_origin_date_idx" ON "Cable"("origin", "date");

-- CreateIndex
CREATE INDEX "Cable_classification_date_idx" ON "Cable"("classification", "date");

-- CreateIndex
CREATE INDEX "Cable_year_idx" ON "Cable"("year");

-- CreateIndex
CREATE INDEX "CableTag_tag_cablePk_idx" ON "CableTag"("tag", "cablePk");

-- CreateIndex
CREATE INDEX "Reference_citedId_idx" ON "Reference"("citedId");

-- CreateIndex
CREATE INDEX "Recipient_name_idx" ON "Recipient"("name");

-- CreateIndex
CREATE INDEX "Entity_type_text_idx" ON "Entity"("type", "text");

-- CreateIndex
CREATE INDEX "Source_cablePk_idx" ON "Source"("cablePk");
