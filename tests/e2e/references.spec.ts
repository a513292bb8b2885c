import { expect, test, type Page } from "@playwright/test";

// Following references: body links, the citation graph, /cited and /wanted, keyboard shortcuts.

const paragraphs = (page: Page) => page.getByRole("list", { name: "Paragraphs" });
const graph = (page: Page) => page.getByRole("group", { name: "Citation graph" });
/** A graph node by the cable id its accessible name starts with. */
const node = (page: Page, id: string) => graph(page).getByRole("link", { name: new RegExp(`^${id}\\b`) });
/** The keyboard island marks the document once it listens. */
const keyboardReady = (page: Page) => expect(page.locator("html[data-keyboard-shortcuts]")).toHaveCount(1);

test("a REF mention in the text leads to the cited cable", async ({ page }) => {
  await page.goto("/cable/07LIMA3229");
  const paragraph4 = page.locator("#para-4");
  await expect(paragraph4.getByRole("link", { name: "refs C" })).toHaveAttribute("href", "/cable/06LIMA3823");
  await paragraph4.getByRole("link", { name: "ref E", exact: true }).click();
  await expect(page).toHaveURL(/\/cable\/07LIMA218$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("EMBASSY GETS TO KNOW COCALERO LEADER");
  // "(Ref B, C)": each label its own link.
  await expect(page.locator("#para-2").getByRole("link", { name: "C", exact: true })).toHaveAttribute("href", "/cable/06LIMA2927");
});

test("a paragraph mention jumps to the paragraph", async ({ page }) => {
  await page.goto("/cable/07LIMA3229");
  await paragraphs(page).getByRole("link", { name: "para 6", exact: true }).click();
  await expect(page).toHaveURL(/\/cable\/07LIMA3229#para-6$/);
  await expect(page.locator("#para-6")).toBeInViewport();
});

test("a REF mention without a cable id goes to its entry in the REF list", async ({ page }) => {
  await page.goto("/cables?sort=asc");
  await page.getByRole("list", { name: "Cables" }).getByRole("link", { name: "LIMA 2158" }).click();
  await paragraphs(page).getByRole("link", { name: "Ref E", exact: true }).click();
  await expect(page).toHaveURL(/#ref-E$/);
  await expect(page.getByRole("list", { name: "References" }).locator("#ref-E")).toContainText("LIMA 1418");
});

test("cable text that looks like HTML stays text", async ({ page }) => {
  await page.goto("/cable/08LIMA100");
  await expect(paragraphs(page)).toContainText("<script>document.title='pwned'</script>");
  await expect(page).not.toHaveTitle("pwned");
});

test("the citation graph links what a cable cites, and draws cables not in the archive apart", async ({ page }) => {
  await page.goto("/cable/07LIMA3229");
  await expect(node(page, "07LIMA3229")).toHaveAttribute("data-graph-node", "center");
  const inArchive = node(page, "07LIMA218");
  await expect(inArchive).toHaveAttribute("data-graph-node", "archive");
  await expect(inArchive).toHaveAttribute("href", "/cable/07LIMA218");
  // Two steps out: what 07LIMA218 cites.
  const missing = node(page, "06LIMA4766");
  await expect(missing).toHaveAttribute("data-graph-node", "missing");
  await expect(missing).toHaveAccessibleName(/not in the archive/);
  const archiveBox = (await inArchive.boundingBox())!;
  const missingBox = (await missing.boundingBox())!;
  const divider = (await graph(page).getByText("Not in the archive", { exact: true }).boundingBox())!;
  expect(archiveBox.y + archiveBox.height).toBeLessThan(divider.y);
  expect(missingBox.y).toBeGreaterThan(divider.y);

  // Hovering a node dims the nodes it has no edge with (retried: the island may still be hydrating).
  await expect(async () => {
    await page.mouse.move(0, 0);
    await inArchive.hover();
    await expect(node(page, "07LIMA909")).toHaveClass(/opacity-30/, { timeout: 1_000 });
  }).toPass();
  await expect(node(page, "06LIMA4766")).not.toHaveClass(/opacity-30/);

  await inArchive.click();
  await expect(page).toHaveURL(/\/cable\/07LIMA218$/);
  await expect(node(page, "07LIMA3229")).toHaveAccessibleName(/cites this cable/);
});

test("/cited ranks the archive's cited cables", async ({ page }) => {
  await page.goto("/cited");
  const list = page.getByRole("list", { name: "Most cited cables" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem").first()).toContainText("1 citation");
  await list.getByRole("link", { name: "07LIMA218" }).click();
  await expect(page).toHaveURL(/\/cable\/07LIMA218$/);
});

test("/wanted ranks cited cables the archive lacks, each leading to its page", async ({ page }) => {
  await page.goto("/wanted");
  const items = page.getByRole("list", { name: "Wanted cables" }).getByRole("listitem");
  await expect(items.nth(0)).toContainText(/06LIMA2927\s*2 citations/);
  await expect(items.nth(1)).toContainText(/06LIMA3823\s*2 citations/);
  await expect(items.filter({ hasText: "07LIMA218" })).toHaveCount(0);
  await items.getByRole("link", { name: "06LIMA4766" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("06LIMA4766 is not in the archive");
  await expect(page.getByRole("list", { name: "Cables citing 06LIMA4766" }).getByRole("link", { name: "07LIMA218" })).toBeVisible();
});

test("j and k move through the results of a list, but not while typing", async ({ page }) => {
  await page.goto("/cables?sort=asc");
  await keyboardReady(page);
  const links = page.getByRole("list", { name: "Cables" }).locator("[data-result] a[href^='/cable/']");
  await page.keyboard.press("j");
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(links.nth(0)).toBeFocused();

  const from = page.getByLabel("From");
  await from.focus();
  await page.keyboard.press("j");
  await expect(from).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("Control+j");
  await expect(links.nth(0)).not.toBeFocused();
});

test("/ focuses the search box; keys typed there are text", async ({ page }) => {
  await page.goto("/cables");
  await keyboardReady(page);
  const search = page.getByRole("searchbox");
  await expect(search).not.toBeFocused();
  await page.keyboard.press("/");
  await expect(search).toBeFocused();
  await page.keyboard.type("j/k");
  await expect(search).toHaveValue("j/k");
});

test("[ and ] open the previous and next cable by date", async ({ page }) => {
  await page.goto("/cable/07LIMA218");
  await keyboardReady(page);
  await expect(page.locator("a[rel=prev][data-adjacent]")).toHaveAttribute("href", "/cable/05LIMA1246");
  await page.keyboard.press("]");
  await expect(page).toHaveURL(/\/cable\/07LIMA3229$/);
  await page.keyboard.press("[");
  await expect(page).toHaveURL(/\/cable\/07LIMA218$/);
  await page.keyboard.press("[");
  await expect(page).toHaveURL(/\/cable\/05LIMA1246$/);
});
