// Staff in Tasklist: Chinese UI, no Camunda 8 banner, English on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, isolatedContext } from './chromium.mjs';
import { BASE_URL, SCREENSHOTS, loginToTasklist } from './app.mjs';

let browser;
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
});
after(async () => browser?.close());

test('a branch secretary sees Tasklist in Chinese with the Chinese filters and no migration banner', async () => {
  const context = await isolatedContext(browser, BASE_URL);
  const page = await context.newPage();
  await loginToTasklist(page, 'b1-secretary');
  await page.getByText('我的待办').first().waitFor();
  await page.getByText('本组织待认领').first().waitFor();
  assert.equal(await page.locator('.ce-eol-banner:visible').count(), 0, 'the Camunda 8 banner is hidden');
  assert.match(await page.locator('body').innerText(), /[\u4e00-\u9fff]{2,}/);
  // 问题 15.7: the header names the product, not the vendor
  const header = await page.locator('.navbar-brand, [cam-widget-header] .navbar-header').first().innerText();
  assert.match(header, /党建工作流/, 'the header names the product');
  assert.doesNotMatch(header, /Camunda/, 'no vendor in the header');
  await page.screenshot({ path: `${SCREENSHOTS}/tasklist-zh.png` });
  await context.close();
});

test('English stays selectable with ?lang=en', async () => {
  const context = await isolatedContext(browser, BASE_URL);
  const page = await context.newPage();
  await page.goto('/camunda/app/tasklist/default/?lang=en#/login');
  await page.locator('input[ng-model="username"]').waitFor();
  await page.getByRole('button', { name: /log in/i }).waitFor();
  await context.close();
});
