// The running application under test and the steps every browser test shares.
export const BASE_URL = process.env.DJ_BASE_URL || 'http://127.0.0.1:18080';
export const SCREENSHOTS = process.env.DJ_SCREENSHOTS || new URL('../../../../target/screenshots', import.meta.url).pathname;

/** Logs into Tasklist with the demo convention password = user id and waits for the task list. */
export async function loginToTasklist(page, user) {
  await page.goto('/camunda/app/tasklist/default/#/login');
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[type="password"]').fill(user);
  await page.locator('button[type="submit"]').click();
  await page.locator('[cam-tasklist-filters], .filters').first().waitFor();
}

/** A JSON GET against the running application with HTTP Basic (demo convention password = user id). */
export async function restJson(path, user) {
  const response = await fetch(BASE_URL + path, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${path} as ${user}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}
