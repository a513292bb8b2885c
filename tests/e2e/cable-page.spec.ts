import { expect, test } from "@playwright/test";

test("follows a REF link and sees the citation back under Cited by", async ({ page }) => {
  await page.goto("/cable/07LIMA3229");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("COCA GROWERS ELECT AFFILIATES OF CHAVEZ ASSOCIATE");

  const references = page.getByRole("list", { name: "References" });
  const refE = references.getByRole("listitem").filter({ hasText: /^E\./ });
  await refE.getByRole("link", { name: "LIMA 218" }).click();

  await expect(page).toHaveURL(/\/cable\/07LIMA218$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("EMBASSY GETS TO KNOW COCALERO LEADER");
  const citedBy = page.getByRole("list", { name: "Cables citing this cable" });
  const citation = citedBy.getByRole("listitem").filter({ has: page.getByRole("link", { name: "07LIMA3229" }) });
  await expect(citation).toContainText("as REF E");
});

test("shows metadata, routing and tags linking to the filtered list", async ({ page }) => {
  await page.goto("/cable/07LIMA218");
  const to = page.getByRole("list", { name: "To recipients" }).getByRole("listitem");
  await expect(to).toHaveText([/RUEHC\/\s*SECSTATE WASHDC\s*PRIORITY\s*serial 3713/]);
  await expect(page.getByRole("list", { name: "Info recipients" }).getByRole("listitem")).toHaveCount(9);
  const routing = page.getByRole("region", { name: "Routing" });
  await expect(routing.getByText("DE RUEHPE #0218/01 0261812")).toBeVisible();
  await expect(routing).toContainText("261812Z JAN 07");
  const details = page.getByRole("region", { name: "Details" });
  await expect(details).toContainText("POWERS");
  await expect(details).toContainText("SIPDIS, SENSITIVE");
  await page.getByRole("list", { name: "Tags" }).getByRole("link", { name: "SNAR" }).click();
  await expect(page).toHaveURL(/\/cables\?tag=SNAR$/);
});

test("a paragraph link puts its anchor in the URL and shows the paragraph", async ({ page }) => {
  await page.goto("/cable/07LIMA218");
  const link = page.getByRole("link", { name: "Paragraph 3, link to this paragraph" });
  await expect(link).toHaveText("¶3");
  await link.click();
  await expect(page).toHaveURL(/#para-3$/);
  const paragraph = page.locator("#para-3");
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText("¶3");
});

test("the original text opens on request", async ({ page }) => {
  await page.goto("/cable/07LIMA218");
  const original = page.locator("details").filter({ hasText: "Original text" });
  await expect(original.locator("pre")).toBeHidden();
  await original.getByText("Original text").click();
  await expect(original.locator("pre")).toContainText("VZCZCXYZ0010");
});

test("a source's HTML markup is never interpreted (seed 002, NER-annotated HTML)", async ({ page }) => {
  // Seed 002 has no known year, so it is reached from the list rather than by id.
  await page.goto("/cables?tag=PTER");
  await page.getByRole("list", { name: "Cables" }).getByRole("link", { name: "LIMA 2158" }).click();
  await expect(page.getByRole("complementary", { name: "Notes on this record" })).toContainText("Year unknown");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("COCALEROS ATTRACTIVE TO POLITICAL GROUPS");
  await expect(page.getByRole("list", { name: "People" })).toContainText("Evo Morales");
  // The dump's own links and anchors must not become elements of the page.
  await expect(page.locator("a[href^='/tag/'], a[id^='par']")).toHaveCount(0);
});

test("HTML quoted in a cable's text shows as text, never as markup", async ({ page }) => {
  await page.goto("/cable/08LIMA100");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("WEB FORM QUOTED <b>MARKUP</b> IN A VISA APPLICATION");
  const paragraph = page.locator("#para-1");
  await expect(paragraph).toContainText("<script>document.title='pwned'</script>");
  await expect(paragraph).toContainText(`<img src=x onerror="document.title='pwned'">`);
  await expect(page.locator("main b, main script, main img")).toHaveCount(0);

  const original = page.locator("details").filter({ hasText: "Original text" });
  await original.getByText("Original text").click();
  await expect(original.locator("pre")).toContainText("<script>document.title='pwned'</script>");
  expect(await page.title()).not.toContain("pwned");
});
