import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests against a production build serving a fresh archive of the seed cables, plus one
 * telegram whose text quotes HTML (the seeds' adapters strip their own markup, so none survives there).
 * The web server command builds that archive, builds the app and starts it.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATABASE_URL = "file:./data/e2e.db";
const NEXT = "node node_modules/next/dist/bin/next";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // This machine has no network: Chromium's background services only produce refused connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A fresh database each run, so tests see exactly the seeds.
    command: [
      "node -e \"for (const s of ['', '-wal', '-shm']) require('fs').rmSync('data/e2e.db' + s, { force: true })\"",
      "npm run --silent ingest -- seeds tests/e2e/fixtures",
      `${NEXT} build`,
      `${NEXT} start -p ${PORT} -H 127.0.0.1`,
    ].join(" && "),
    env: { DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
