/** Timed HTTP requests for latency figures: the whole body is read before the clock stops. */

export interface Timing {
  url: string;
  ms: number;
  /** HTTP status; 0 when no response came (refused, timed out). */
  status: number;
  error?: string;
}

export const REQUEST_TIMEOUT_MS = 30_000;

export async function timedGet(url: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<Timing> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    await response.arrayBuffer();
    return { url, ms: performance.now() - started, status: response.status };
  } catch (error) {
    return { url, ms: performance.now() - started, status: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** 2xx and 3xx answers count as answered; a 404 of a page that should exist does not. */
export function isSuccess(timing: Timing): boolean {
  return timing.status >= 200 && timing.status < 400;
}

/** Runs `urls` with at most `concurrency` requests in flight; results in the order of `urls`. */
export async function timeAll(urls: readonly string[], concurrency: number): Promise<Timing[]> {
  const results: Timing[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const at = next++;
      results[at] = await timedGet(urls[at]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return results;
}

/**
 * Requests the next of `urls` (round robin) every `intervalMs`, one at a time, until stopped:
 * how the web answers while something else loads the machine.
 */
export function pollEvery(urls: readonly string[], intervalMs: number): { timings(): readonly Timing[]; stop(): Promise<Timing[]> } {
  const timings: Timing[] = [];
  let stopped = false;
  let turn = 0;
  const loop = (async () => {
    while (!stopped) {
      const started = performance.now();
      timings.push(await timedGet(urls[turn++ % urls.length]));
      const wait = intervalMs - (performance.now() - started);
      if (wait > 0 && !stopped) await new Promise((done) => setTimeout(done, wait));
    }
  })();
  return {
    timings: () => timings,
    async stop() {
      stopped = true;
      await loop;
      return timings;
    },
  };
}
