import type { Page } from '@playwright/test';

export interface MainThreadReport {
  /** The longest task that blocked the page's main thread, in ms (Long Tasks API, > 50 ms). */
  longest: number;
  /** All long tasks added up, in ms. */
  total: number;
  count: number;
  /** The longest a 20 ms heartbeat timer was held up: a second view of the same blocking. */
  longestGap: number;
}

interface Watch {
  longest: number;
  total: number;
  count: number;
  longestGap: number;
}

declare global {
  interface Window {
    __mainThread?: Watch;
  }
}

const beat = 20;

/** Starts recording long tasks and heartbeat gaps in the page. */
export async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate((beat) => {
    const watch: Watch = { longest: 0, total: 0, count: 0, longestGap: 0 };
    window.__mainThread = watch;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        watch.longest = Math.max(watch.longest, entry.duration);
        watch.total += entry.duration;
        watch.count += 1;
      }
    }).observe({ type: 'longtask' });
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      watch.longestGap = Math.max(watch.longestGap, now - last - beat);
      last = now;
    }, beat);
  }, beat);
}

/** What the page recorded since watchMainThread. */
export async function mainThreadReport(page: Page): Promise<MainThreadReport> {
  const watch = await page.evaluate(() => window.__mainThread);
  if (!watch) throw new Error('main-thread: watchMainThread was not called on this page');

  const round = Math.round;
  return {
    longest: round(watch.longest),
    total: round(watch.total),
    count: watch.count,
    longestGap: round(watch.longestGap),
  };
}
