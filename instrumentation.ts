/** Next.js start-up hook: warm the archive's caches in the background (lib/queries/warm-caches.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { warmCaches } = await import("@/lib/queries/warm-caches");
  // Not awaited: the server answers at once; a failure here only means the first request computes them.
  warmCaches().catch((error: unknown) => console.warn("cache warm-up skipped:", error instanceof Error ? error.message : error));
}
