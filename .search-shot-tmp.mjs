import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(process.argv[4] ?? 1280), height: 1000 } });
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console", m.type(), m.text().slice(0, 600)); });
await page.goto(process.argv[2], { timeout: 120000 });
await page.waitForTimeout(2000);
if (process.argv[3]) await page.screenshot({ path: process.argv[3], fullPage: true });
await browser.close();
