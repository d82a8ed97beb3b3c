-- CreateTable
CREATE TABLE "_AliasSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_AliasSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_RoleSources" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_RoleSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "_AliasSources_B_index" ON "_AliasSources"("B");

-- CreateIndex
CREATE INDEX "_RoleSources_B_index" ON "_RoleSources"("B");

-- AddForeignKey
ALTER TABLE "_AliasSources" ADD CONSTRAINT "_AliasSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AliasSources" ADD CONSTRAINT "_AliasSources_B_fkey" FOREIGN KEY ("B") REFERENCES "PersonAlias"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleSources" ADD CONSTRAINT "_RoleSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_RoleSources" ADD CONSTRAINT "_RoleSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Role"("id") ON DELETE CASCADE ON UPDATE CASCADE;
