-- CreateTable
CREATE TABLE "_AliasSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AliasSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AliasSources_B_fkey" FOREIGN KEY ("B") REFERENCES "PersonAlias" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_RoleSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_RoleSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_RoleSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Role" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "_AliasSources_AB_unique" ON "_AliasSources"("A", "B");

-- CreateIndex
CREATE INDEX "_AliasSources_B_index" ON "_AliasSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_RoleSources_AB_unique" ON "_RoleSources"("A", "B");

-- CreateIndex
CREATE INDEX "_RoleSources_B_index" ON "_RoleSources"("B");
