// Debian's Chromium driven by playwright-core (a browser download is impossible on these machines).
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

/** Only the application under test is reachable: every other request is aborted, not attempted. */
export async function isolatedContext(browser, baseURL, options = {}) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1400, height: 900 }, ...options });
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:')
    ? route.continue() : route.abort()));
  return context;
}
