import { expect, test } from "@playwright/test";

test("home shows the archive's figures and ways into it", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Cable Archive" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cables" })).toBeVisible();

  const stat = (term: string) =>
    page.locator("dl > div").filter({ has: page.getByRole("term").getByText(term, { exact: true }) }).getByRole("definition");
  // The five seeds and the e2e fixture.
  await expect(stat("Cables")).toHaveText("6");
  await expect(stat("Origins")).toHaveText("1");
  await expect(stat("Date span")).toHaveText("14 Mar 2005 – 10 Jan 2008");

  const newest = page.getByRole("list", { name: "Newest cables" });
  await expect(newest.getByRole("link", { name: /^\d{2}[A-Z]+\d+$/ }).first()).toHaveText("08LIMA100");
  await expect(newest.getByRole("link", { name: "07LIMA3229" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Most used tags" }).getByRole("link", { name: /^SNAR/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Origins with most cables" }).getByRole("link", { name: /Embassy Lima/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "All years" }).getByRole("link", { name: /^2007/ })).toBeVisible();

  await page.getByRole("list", { name: "All years" }).getByRole("link", { name: /^2005/ }).click();
  await expect(page).toHaveURL(/\/cables\?from=2005-01-01&to=2005-12-31$/);
  await expect(page.getByRole("list", { name: "Cables" }).getByRole("link", { name: "05LIMA1246" })).toBeVisible();
});

test("pages fit a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/cables", "/cable/07LIMA218"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
