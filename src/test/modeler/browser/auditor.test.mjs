// An auditor signs in to the auditor page, finds a member development dossier, verifies a record and the
// dossier, and downloads a signed record and the dossier; the downloaded PDF is the one registered and
// its signature verifies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, isolatedContext } from './chromium.mjs';
import { BASE_URL, SCREENSHOTS, restJson, startMemberDevelopmentCase } from './app.mjs';

let browser;
let businessKey;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
  businessKey = await startMemberDevelopmentCase('审计测试');
});
after(async () => browser?.close());

test('an auditor verifies and downloads a signed record and a dossier', async () => {
  const records = await waitFor(async () => {
    const list = await restJson(`/api/records?businessKey=${encodeURIComponent(businessKey)}`, 'auditor');
    return list.length ? list : null;
  }, 'the receipt record');
  const receipt = records[0];

  const context = await isolatedContext(browser, BASE_URL, { acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/auditor/');
  await page.locator('#username').fill('auditor');
  await page.locator('#password').fill('auditor');
  await page.locator('button[type="submit"]').click();
  const row = page.locator('#dossier-rows tr', { hasText: businessKey });
  await row.waitFor();

  // 问题 15.11: the dossier list is searched by the applicant's name (and by case number, RecordNamesTest)
  const [dossier] = await restJson(`/api/dossiers?q=${encodeURIComponent(businessKey)}`, 'auditor');
  assert.match(dossier.subject, /^审计测试\d+$/, 'the dossier names its applicant');
  await page.locator('#search-term').fill(dossier.subject);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await page.locator('#status', { hasText: `找到 1 个与“${dossier.subject}”相关的案卷。` }).waitFor();
  assert.equal(await page.locator('#dossier-rows tr').count(), 1, 'only the applicant\'s dossier is listed');
  assert.equal((await row.locator('td').allInnerTexts())[1], dossier.subject, 'the row shows the applicant');

  await row.getByRole('button', { name: '核验案卷' }).click();
  await page.locator('#status', { hasText: '摘要链完整' }).waitFor();

  await row.getByRole('button', { name: '查看文书' }).click();
  const recordRow = page.locator('#record-rows tr', { hasText: receipt.title });
  await recordRow.waitFor();
  // 问题 15.11: type and step by their Chinese names, times in China Standard Time whatever the browser's zone
  const cells = await recordRow.locator('td').allInnerTexts();
  assert.equal(cells[2], receipt.typeName, 'the type is shown by its name');
  assert.match(cells[2], /[\u4e00-\u9fff]/, 'the type name is Chinese');
  assert.equal(cells[3], receipt.stepName, 'the step is shown by its name');
  assert.match(cells[3], /[\u4e00-\u9fff]/, 'the step name is Chinese');
  const listed = await page.locator('#record-rows').innerText();
  assert.ok(!listed.includes(receipt.type) && !listed.includes(receipt.step), 'no record type or step id is shown');
  assert.equal(cells[4], chinaTime(receipt.createdAt), 'the time is China Standard Time');
  await recordRow.getByRole('button', { name: '核验' }).click();
  await page.locator('#verification', { hasText: '签名：有效' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/auditor.png`, fullPage: true });

  const [pdf] = await Promise.all([page.waitForEvent('download'), recordRow.getByRole('link', { name: '下载 PDF' }).click()]);
  const bytes = readFileSync(await pdf.path());
  assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  assert.match(pdf.suggestedFilename(), /\.pdf$/);
  assert.equal(createHash('sha256').update(bytes).digest('hex'), receipt.sha256, 'the downloaded file is the registered one');
  const verification = await restJson(`/api/records/${receipt.id}/verification`, 'auditor');
  assert.equal(verification.signatureValid, true);
  assert.equal(verification.hashMatches, true);

  const [zip] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: '下载案卷' }).click()]);
  const archive = readFileSync(await zip.path());
  assert.equal(archive.subarray(0, 2).toString(), 'PK', 'the dossier is a ZIP archive');
  assert.ok(archive.includes(Buffer.from('manifest.json')), 'the dossier carries its manifest');
  await context.close();
});

test('another branch\'s secretary sees none of the case and a member without dossier duties is refused', async () => {
  // 细则第三十七条: a branch secretary reads the dossiers of their own branch only
  const [receipt] = await restJson(`/api/records?businessKey=${encodeURIComponent(businessKey)}`, 'auditor');
  const asUser = (user, path) => fetch(`${BASE_URL}${path}`, {
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}` },
  });

  const otherBranch = await asUser('b2-secretary', `/api/records?businessKey=${encodeURIComponent(businessKey)}`);
  assert.equal(otherBranch.status, 200);
  assert.deepEqual(await otherBranch.json(), [], 'another branch\'s records are not listed');
  assert.equal((await asUser('b2-secretary', `/api/records/${receipt.id}/pdf`)).status, 404);

  const ownBranch = await asUser('b1-secretary', `/api/records?businessKey=${encodeURIComponent(businessKey)}`);
  assert.equal(ownBranch.status, 200);
  assert.ok((await ownBranch.json()).some((r) => r.id === receipt.id), 'the branch secretary reads the own branch\'s record');

  const member = await asUser('b1-member1', `/api/records?businessKey=${encodeURIComponent(businessKey)}`);
  assert.equal(member.status, 403);
});

/** The time as the page must show it: China Standard Time (UTC+8, no daylight saving), computed independently. */
function chinaTime(iso) {
  const t = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

async function waitFor(probe, what, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
