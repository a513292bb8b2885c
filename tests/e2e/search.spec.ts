import { expect, test } from "@playwright/test";

test("searches within the filters in force and links the paragraph of the first hit", async ({ page }) => {
  await page.goto("/cables?tag=SNAR");
  const search = page.getByRole("search", { name: "Search cables" });
  await search.getByLabel("Search subjects and text").fill("cocalero");
  await search.getByRole("button", { name: "Search", exact: true }).click();

  await expect(page).toHaveURL(/q=cocalero/);
  await expect(page).toHaveURL(/tag=SNAR/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^(\d{2}LIMA\d+|LIMA \d+)$/ }) })).toHaveCount(3);
  // Best match first: the word is in its subject, highlighted as text.
  const first = results.getByRole("listitem").first();
  await expect(first.getByRole("link").first()).toHaveText("07LIMA218");
  await expect(first.locator("mark").first()).toHaveText("COCALERO");
  await first.getByRole("link", { name: "First hit in ¶1" }).click();
  await expect(page).toHaveURL(/\/cable\/07LIMA218#para-1$/);
  await expect(page.locator("#para-1")).toContainText(/cocalero/i);
});

test("explains a malformed query instead of failing", async ({ page }) => {
  const response = await page.goto('/cables?q=%22coca+growers&tag=SNAR');
  expect(response?.status()).toBe(200);
  const search = page.getByRole("search", { name: "Search cables" });
  await expect(search.getByRole("alert")).toContainText("is never closed");
  await expect(search.getByLabel("Search subjects and text")).toHaveValue('"coca growers');
  await expect(page.getByRole("list", { name: "Search results" })).toHaveCount(0);

  await page.goto("/cables?q=NOT+cocaine");
  await expect(search.getByRole("alert")).toContainText("only exclude cables");
});

test("facets count the results and narrow them", async ({ page }) => {
  await page.goto("/cables?q=cocalero");
  const facets = page.getByRole("navigation", { name: "Narrow the results" });
  await expect(facets.getByRole("list", { name: "Years" }).getByRole("link")).toHaveText([/2007\s*2/]);
  await facets.getByRole("list", { name: "Classifications" }).getByRole("link", { name: "CONFIDENTIAL, 1 cable" }).click();

  await expect(page).toHaveURL(/classification=CONFIDENTIAL/);
  await expect(page).toHaveURL(/q=cocalero/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results).toContainText("LIMA 2158");
  // The value in force links back to the wider list.
  await facets.getByRole("link", { name: "CONFIDENTIAL (in force, remove)" }).click();
  await expect(page).not.toHaveURL(/classification=/);
});

test("a click on the timeline narrows the date range", async ({ page }) => {
  await page.goto("/cables?q=cocalero");
  await page.getByRole("link", { name: "2007-09: 1 cable" }).click();

  await expect(page).toHaveURL(/from=2007-09-01/);
  await expect(page).toHaveURL(/to=2007-09-30/);
  await expect(page).toHaveURL(/q=cocalero/);
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expect(results.getByRole("link").first()).toHaveText("07LIMA3229");
});

test("the JSON API answers with results, facets and clear errors", async ({ request }) => {
  const list = await request.get("/api/cables?q=cocalero&tag=SNAR");
  expect(list.status()).toBe(200);
  const body = await list.json();
  expect(body).toMatchObject({ total: 3, page: 1, sort: "relevance", facets: { origins: [{ value: "Embassy Lima", count: 3 }] } });
  expect(body.items[0]).toMatchObject({ id: "07LIMA218", url: "/cable/07LIMA218#para-1" });

  const bad = await request.get("/api/cables?q=coca+AND&from=2007-02-31");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).problems.map((problem: { param: string }) => problem.param).sort()).toEqual(["from", "q"]);

  const cable = await request.get("/api/cable/07LIMA218");
  expect(cable.status()).toBe(200);
  expect(await cable.json()).toMatchObject({ id: "07LIMA218", subject: "EMBASSY GETS TO KNOW COCALERO LEADER AND PRO-COCA MAYORS" });

  const missing = await request.get("/api/cable/06LIMA4766");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).citedBy).toEqual([expect.objectContaining({ id: "07LIMA218", label: "A" })]);
});
