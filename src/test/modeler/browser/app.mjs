// The running application under test and the steps every browser test shares.
export const BASE_URL = process.env.DJ_BASE_URL || 'http://127.0.0.1:18080';
export const SCREENSHOTS = process.env.DJ_SCREENSHOTS || new URL('../../../../target/screenshots', import.meta.url).pathname;

/**
 * Logs into Tasklist with the demo convention password = user id and waits for the task list. A click that lands
 * before Tasklist's scripts have bound the form does nothing; the form is then still there and is sent again.
 */
export async function loginToTasklist(page, user) {
  await page.goto('/camunda/app/tasklist/default/#/login');
  const submit = page.locator('button[type="submit"]');
  await page.locator('input[ng-model="username"]').fill(user);
  await page.locator('input[type="password"]').fill(user);
  await submit.click();
  const filters = page.locator('[cam-tasklist-filters], .filters').first();
  try {
    await filters.waitFor({ timeout: 15000 });
  } catch (notYet) {
    if (await submit.isVisible()) {
      await page.locator('input[ng-model="username"]').fill(user);
      await page.locator('input[type="password"]').fill(user);
      await submit.click();
    }
    await filters.waitFor();
  }
}

/** A JSON GET against the running application with HTTP Basic (demo convention password = user id). */
export async function restJson(path, user) {
  const response = await fetch(BASE_URL + path, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`, Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${path} as ${user}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Starts a member development case over the REST integration contract; returns its business key. By default the
 * secretary of 第一党支部 registers an application made today.
 */
export async function startMemberDevelopmentCase(namePrefix, { branchCode = 'C1-B1', starter = 'b1-secretary', applicationDate } = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const variables = {
    applicantName: `${namePrefix}${Date.now() % 100000}`, gender: '女', ethnicity: '汉族', birthDate: '1995-06-15',
    idCardNumber: idCard('19950615'), education: '大学本科', unit: '示范街道社区服务中心 干事', phone: '13912345678',
    applicationDate: applicationDate || today, branchCode,
  };
  const body = { variables: Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, { value: v, type: 'String' }])) };
  const response = await fetch(`${BASE_URL}/engine-rest/process-definition/key/memberDevelopment/start`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${starter}:${starter}`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`start failed: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()).businessKey;
}

let idCardSequence = Math.floor(Math.random() * 5_000_000);

/**
 * A valid 18-character ID card number (GB 11643 checksum) of a woman born on yyyyMMdd, a different one at every call:
 * one person may have only one open case.
 */
export function idCard(birth) {
  const n = idCardSequence++ % 5_000_000;
  const sequence = n % 500;
  const region = `11${String(Math.floor(n / 500)).padStart(4, '0')}`;
  const body = `${region}${birth}${String(Math.floor(sequence / 5)).padStart(2, '0')}${2 * (sequence % 5)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}
