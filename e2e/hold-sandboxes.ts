import type { BrowserContext, Page } from '@playwright/test';

/**
 * Keeps every sandbox on the page from activating by scrolling (an IntersectionObserver that never reports),
 * so a test can measure the page before activation, or activate a sandbox exactly when it chooses (for a page, or
 * every page of a context: the grader's).
 */
export async function holdSandboxes(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    window.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
}
