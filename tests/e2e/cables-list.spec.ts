import { expect, test } from "@playwright/test";

test("filters by tag and date range through the form, all in the URL", async ({ page }) => {
  await page.goto("/cables");
  const form = page.getByRole("form", { name: "Filter cables" });
  await form.getByLabel("Tag", { exact: true }).selectOption("SNAR");
  await form.getByLabel("From", { exact: true }).fill("2007-01-01");
  await form.getByLabel("To", { exact: true }).fill("2007-12-31");
  await form.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/tag=SNAR/);
  await expect(page).toHaveURL(/from=2007-01-01/);
  await expect(page).toHaveURL(/to=2007-12-31/);
  const list = page.getByRole("list", { name: "Cables" });
  // Newest first: September before January; the 2005 SNAR cable is outside the range.
  await expect(list.getByRole("link", { name: /^\d{2}[A-Z]+\d+$/ })).toHaveText(["07LIMA3229", "07LIMA218"]);
  await expect(page.getByText("2 cables match")).toBeVisible();

  await page.getByRole("link", { name: "Remove filter: To 31 Dec 2007" }).click();
  await expect(page).not.toHaveURL(/to=/);
  await expect(page).toHaveURL(/tag=SNAR/);
});

test("sorts oldest first on request and reports invalid parameters", async ({ page }) => {
  await page.goto("/cables?tag=SNAR&sort=asc&from=not-a-date");
  await expect(page.getByText("Ignored the from date “not-a-date”: not a valid value.")).toBeVisible();
  const ids = page.getByRole("list", { name: "Cables" }).getByRole("link", { name: /^\d{2}[A-Z]+\d+$/ });
  await expect(ids).toHaveText(["05LIMA1246", "07LIMA218", "07LIMA3229"]);
  await expect(page.getByRole("form", { name: "Filter cables" }).getByLabel("Order", { exact: true })).toHaveValue("asc");
});

test("a tag filter in another case is the tag: chosen in the form, in force in the facets", async ({ page }) => {
  await page.goto("/cables?tag=SNAR");
  const status = page.getByRole("status").filter({ hasText: "cables match" });
  const asStored = await status.textContent();
  await page.goto("/cables?tag=snar");
  await expect(status).toHaveText(asStored ?? "");
  await expect(page.getByRole("form", { name: "Filter cables" }).getByLabel("Tag", { exact: true })).toHaveValue("SNAR");
  const tags = page.getByRole("navigation", { name: "Narrow the results" }).getByRole("list", { name: "Tags" });
  await expect(tags.getByRole("link", { name: /^SNAR/ })).toHaveCount(1);
  await tags.getByRole("link", { name: "SNAR (in force, remove)" }).click();
  await expect(page).not.toHaveURL(/tag=/);
});
