import { expect, test } from "@playwright/test";

test("the tag glossary explains each tag, counts it and leads to its cables", async ({ page }) => {
  await page.goto("/tags");
  await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();

  const subjects = page.getByRole("table", { name: /Subject tags/ });
  const snarRow = subjects.getByRole("row").filter({ has: page.getByRole("link", { name: "SNAR", exact: true }) });
  await expect(snarRow.getByRole("cell").nth(1)).toHaveText("Narcotics");
  const snarCount = Number(await snarRow.getByRole("cell").nth(2).innerText());
  expect(snarCount).toBeGreaterThan(0);

  const countries = page.getByRole("table", { name: /Countries and regions/ });
  const peRow = countries.getByRole("row").filter({ has: page.getByRole("link", { name: "PE", exact: true }) });
  await expect(peRow.getByRole("cell").nth(1)).toHaveText("Peru");

  await snarRow.getByRole("link", { name: "SNAR", exact: true }).click();
  await expect(page).toHaveURL(/\/tags\/SNAR$/);
  await expect(page.getByRole("heading", { level: 1, name: "SNAR" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Narcotics" })).toBeVisible();
  const cables = page.getByRole("list", { name: "Cables tagged SNAR" });
  await expect(cables.getByRole("link", { name: "07LIMA3229" })).toBeVisible();
  await expect(cables.locator(":scope > li")).toHaveCount(Math.min(snarCount, 50));

  await page.getByRole("link", { name: /Filter the cable list by SNAR/ }).click();
  await expect(page).toHaveURL(/\/cables\?tag=SNAR$/);
});

test("a tag's address is forgiving about case, and an unknown tag is not found", async ({ page }) => {
  await page.goto("/tags/snar");
  await expect(page).toHaveURL(/\/tags\/SNAR$/);

  const response = await page.goto("/tags/NOSUCHTAG");
  expect(response?.status()).toBe(404);
});

test("a known tag no cable carries still shows its meaning", async ({ page }) => {
  const response = await page.goto("/tags/KTIP");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("definition").filter({ hasText: "Trafficking in persons" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("No cable in the archive carries this tag.");
});

test("origins list each post with its span, and a post's page charts its cables over time", async ({ page }) => {
  await page.goto("/origins");
  await expect(page.getByRole("heading", { level: 1, name: "Origins" })).toBeVisible();
  const limaRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Embassy Lima" }) });
  await expect(limaRow.getByRole("cell").nth(2)).toHaveText(/^\d{4}(–\d{4})?$/);

  await limaRow.getByRole("link", { name: "Embassy Lima" }).click();
  await expect(page).toHaveURL(/\/origins\/Embassy%20Lima$/);
  await expect(page.getByRole("heading", { level: 1, name: "Embassy Lima" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Cables from Embassy Lima" }).getByRole("link", { name: "07LIMA218" })).toBeVisible();

  const bars = page.getByRole("list", { name: /^Cables per (month|year)$/ }).getByRole("link");
  expect(await bars.count()).toBeGreaterThan(0);
  const first = bars.first();
  await expect(first).toHaveAccessibleName(/^\d{4}(-\d{2})?: \d+ cables?$/);
  await first.click();
  await expect(page).toHaveURL(/\/cables\?origin=Embassy\+Lima&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("list", { name: "Cables" }).getByRole("link").first()).toBeVisible();
});

test("a post not in the archive is not found", async ({ page }) => {
  const response = await page.goto("/origins/Embassy%20Atlantis");
  expect(response?.status()).toBe(404);
});

test("glossary pages fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/tags", "/tags/SNAR", "/origins", "/origins/Embassy%20Lima"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
