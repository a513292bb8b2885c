import { expect, test } from "@playwright/test";

test("a cited cable that is not in the archive answers 404 and lists who cites it", async ({ page }) => {
  const response = await page.goto("/cable/06LIMA4766");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("06LIMA4766 is not in the archive");
  const citing = page.getByRole("list", { name: "Cables citing 06LIMA4766" });
  await expect(citing.getByRole("link", { name: "07LIMA218" })).toBeVisible();
  await expect(citing).toContainText("as REF A");
});

test("the 404 body is in the server's HTML, not added by scripts", async ({ request }) => {
  const response = await request.get("/cable/06LIMA4766");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('href="/cable/07LIMA218"');
});

test("a cable nobody cites answers a plain 404", async ({ page }) => {
  const response = await page.goto("/cable/99NOWHERE1");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cable not found");
  await expect(page.getByRole("list", { name: /Cables citing/ })).toHaveCount(0);
});

test("following a REF link to a missing cable reaches its page", async ({ page }) => {
  await page.goto("/cable/07LIMA218");
  await page.getByRole("list", { name: "References" }).getByRole("link", { name: "2006 LIMA 4766" }).click();
  await expect(page).toHaveURL(/\/cable\/06LIMA4766$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("06LIMA4766 is not in the archive");
});
