// 问题 15.9 "Where does my case stand?": a branch secretary opens 案件进展 and sees the own branch's cases only, a step
// that went up to the 党委 with the posts that hold it, the steps done with who did them (times in China Standard
// Time); the other branch's secretary sees theirs, an overdue step in red; an ordinary member is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { launch, isolatedContext } from './chromium.mjs';
import { BASE_URL, SCREENSHOTS, restJson, startMemberDevelopmentCase } from './app.mjs';

const COMMITTEE_OFFICE = '示范街道党工委书记、示范街道党工委副书记、示范街道党工委组织委员、示范街道党工委委员';

let browser;
let firstBranchCase;
let secondBranchCase;

before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
  firstBranchCase = await startMemberDevelopmentCase('进展甲');
  const sixtyDaysAgo = new Date(Date.now() - 60 * 86400 * 1000).toISOString().slice(0, 10);
  secondBranchCase = await startMemberDevelopmentCase('进展乙', { branchCode: 'C1-B2', starter: 'b2-secretary', applicationDate: sixtyDaysAgo });
  // the first branch talks with the applicant and its 支委会 designates an activist: the filing goes up to the 党委
  const today = new Date().toISOString().slice(0, 10);
  await submitTask(firstBranchCase, 'Task_TalkWithApplicant', 'b1-secretary', { talkDate: today, talker: '王喆', talkSummary: '了解入党动机' });
  await submitTask(firstBranchCase, 'Task_DesignateActivist', 'b1-secretary', {
    recommendationSource: '党员推荐', activistDecision: 'designate', activistDecisionDate: today, decisionAttendance: '王喆、李堃、赵敏',
  });
  await waitFor(async () => (await openTask(firstBranchCase, 'Task_FileActivist', 'committee-secretary')) || null, 'the filing at the 党委');
});
after(async () => {
  await browser?.close();
  // the applicant of 第二党支部 withdraws: the other browser tests count on that branch having no open case
  if (secondBranchCase) {
    const response = await fetch(`${BASE_URL}/api/membership/cases/${encodeURIComponent(secondBranchCase)}/withdrawal`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from('b2-secretary:b2-secretary').toString('base64')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ withdrawalDate: new Date().toISOString().slice(0, 10), withdrawalReason: '申请人书面申请撤回' }),
    });
    assert.equal(response.status, 200, await response.text());
  }
});

test('the secretary of 第一党支部 sees the own case at the 党委, who holds it and the steps done', async () => {
  const context = await isolatedContext(browser, BASE_URL);
  const page = await context.newPage();
  await login(page, 'b1-secretary');
  const row = page.locator('#case-rows tr', { hasText: firstBranchCase });
  await row.waitFor();
  assert.equal(await page.locator('#case-rows tr', { hasText: secondBranchCase }).count(), 0, 'another branch\'s case is not listed');
  const listed = await page.locator('#case-rows').innerText();
  assert.ok(!listed.includes('第二党支部'), 'no case of 第二党支部 is listed');

  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[1], '党员发展');
  assert.match(cells[2], /^党员发展：进展甲\d+$/);
  assert.equal(cells[3], '第一党支部');
  assert.equal(cells[4], '入党积极分子的确定和培养教育');
  assert.equal(cells[5], '报上级党委备案（入党积极分子）');
  assert.equal(cells[6], `${COMMITTEE_OFFICE}（待认领）`, 'the step is held by the 党委\'s posts, by their Chinese names');
  assert.ok(!listed.includes('Task_') && !listed.includes('C1.secretary'), 'no step or group id is shown');

  await row.getByRole('button', { name: '查看进展' }).click();
  await page.locator('#progress-summary', { hasText: '阶段：入党积极分子的确定和培养教育' }).waitFor();
  const detail = await restJson(`/api/cases/${encodeURIComponent(firstBranchCase)}`, 'b1-secretary');
  const talk = detail.timeline.find((s) => s.name === '派人同入党申请人谈话');
  assert.ok(talk, 'the talk is among the steps done');
  const talkRow = page.locator('#timeline-rows tr', { hasText: '派人同入党申请人谈话' });
  const talkCells = await talkRow.locator('td').allInnerTexts();
  assert.equal(talkCells[1], chinaTime(talk.doneAt), 'the time is China Standard Time');
  assert.equal(talkCells[2], '王喆', 'who did it, by the Chinese name');
  await page.locator('#timeline-rows tr', { hasText: '支委会研究确定入党积极分子' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}/cases.png`, fullPage: true });
  await context.close();
});

test('the secretary of 第二党支部 sees the own case only, its overdue talk in red, and finds it by the applicant', async () => {
  const context = await isolatedContext(browser, BASE_URL);
  const page = await context.newPage();
  await login(page, 'b2-secretary');
  const row = page.locator('#case-rows tr', { hasText: secondBranchCase });
  await row.waitFor();
  assert.equal(await page.locator('#case-rows tr', { hasText: firstBranchCase }).count(), 0, 'another branch\'s case is not listed');
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[3], '第二党支部');
  assert.equal(cells[4], '入党申请');
  assert.match(cells[5], /派人同入党申请人谈话/);
  assert.match(cells[6], /第二党支部书记/);
  const due = row.locator('.overdue').first();
  assert.match(await due.innerText(), /^\d{4}年\d{1,2}月\d{1,2}日（已逾期）$/);
  assert.equal(await due.evaluate((e) => getComputedStyle(e).color), 'rgb(183, 28, 28)', 'an overdue date is red');

  const [found] = await restJson(`/api/cases?q=${encodeURIComponent(secondBranchCase)}`, 'b2-secretary');
  const applicant = found.title.replace('党员发展：', '');
  await page.locator('#search-term').fill(applicant);
  await page.getByRole('button', { name: '查找', exact: true }).click();
  await page.locator('#status', { hasText: `找到 1 件与“${applicant}”相关的案件。` }).waitFor();
  assert.equal(await page.locator('#case-rows tr').count(), 1);
  await context.close();
});

test('an ordinary member is refused and told why', async () => {
  const response = await fetch(`${BASE_URL}/api/cases`, {
    headers: { Authorization: `Basic ${Buffer.from('b1-member1:b1-member1').toString('base64')}`, Accept: 'application/json' },
  });
  assert.equal(response.status, 403);
  const context = await isolatedContext(browser, BASE_URL);
  const page = await context.newPage();
  await login(page, 'b1-member1');
  await page.locator('#status.error', { hasText: '您没有查看案件进展的权限' }).waitFor();
  assert.equal(await page.locator('#case-rows tr').count(), 0);
  await context.close();
});

async function login(page, user) {
  await page.goto('/cases/');
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(user);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL(/\/cases\//);
}

async function openTask(businessKey, taskKey, user) {
  const found = await restJson(`/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(businessKey)}&taskDefinitionKey=${taskKey}`, user);
  return found[0];
}

/** Submits the task's form as Tasklist does, once the task is open (records are written by the job executor first). */
async function submitTask(businessKey, taskKey, user, values) {
  const task = await waitFor(async () => (await openTask(businessKey, taskKey, user)) || null, taskKey);
  const variables = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v, type: 'String' }]));
  const response = await fetch(`${BASE_URL}/engine-rest/task/${task.id}/submit-form`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ variables }),
  });
  assert.equal(response.status, 204, await response.text());
}

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
