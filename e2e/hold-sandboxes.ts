import type { Page } from '@playwright/test';

/**
 * Keeps every sandbox on the page from activating by scrolling (an IntersectionObserver that never reports),
 * so a test can measure the page before activation, or activate a sandbox exactly when it chooses.
 */
export async function holdSandboxes(page: Page): Promise<void> {
  await page.addInitScript(() => {
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
