import type { Page } from '@playwright/test';

/**
 * Pastes `text` where the keyboard focus is, as Ctrl/Cmd+V would: a paste event carrying it (no clipboard
 * permission needed). In Chromium, Monaco's focused input is its EditContext element, not a textarea.
 */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
