/**
 * 民主评议党员 (issue 24): the demo secretary of 机关第一党支部 opens 民主评议 from 支部管理 and
 * finds this year's appraisal under way — beside each member only meetings missed and dues
 * months unpaid; records 优秀 for one more member and is warned (not refused) that 优秀 now
 * exceeds a third; records 不合格, is asked for the reason, and sees 限期改正's end on the row.
 * That member opens 我的 → 民主评议 and sees their own grade and reason only; the office opens
 * 民主评议 and sees counts per branch. axe on each screen, also in 长辈版; screenshots of each step.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { AppraisalSheet } from '../../core/contract/appraisal'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  type Identity,
  type Session,
} from '../browser'
import { ask, button, checkBothWays } from '../kit'

const JOURNEY = 'appraisal'
const BRANCH = '机关第一党支部'
const REASON = '全年多次无故缺席组织生活，经支部多次提醒仍未改正'

const browsers: Session[] = []
let secretary: Identity
let sheet0: AppraisalSheet
let excellentName = ''
let failing: Identity

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

/** The member's card on the sheet. */
const card = (page: Page, name: string) =>
  onScreen(page)
    .locator('.ui-card')
    .filter({ visible: true })
    .filter({ has: page.getByText(name, { exact: true }) })
    .first()

async function grade(page: Page, name: string, label: string): Promise<void> {
  const row = card(page, name)
  await row.scrollIntoViewIfNeeded()
  await row.locator('.ui-button', { hasText: /^评定等次$/ }).click()
  await seen(page, `${name}：`, false).waitFor()
  await onScreen(page)
    .locator('.ui-sheet .ui-chip', { hasText: new RegExp(`^${label}$`) })
    .click()
}

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  secretary = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记') as Identity
  assert.ok(secretary)
  sheet0 = await ask<AppraisalSheet>(secretary.openid, 'secretary', 'appraisal.sheet', {})
  assert.equal(sheet0.excellent.over, false)
  assert.equal(sheet0.excellent.excellent, sheet0.excellent.limit, 'the demo has 优秀 exactly at one third')
  const pending = sheet0.rows.filter((r) => !r.grade && !r.probationary)
  const bound = new Set(people.filter((p) => p.branchName === BRANCH).map((p) => p.name))
  const failingRow = pending.find((r) => bound.has(r.name) && r.name !== secretary.name)
  assert.ok(failingRow, 'a bound member not yet graded')
  failing = people.find((p) => p.name === failingRow.name && p.branchName === BRANCH) as Identity
  excellentName = pending.find((r) => r !== failingRow)?.name ?? ''
  assert.ok(excellentName)
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary records grades: warned past one third, asked a reason for 不合格, 限期改正 on the row', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '民主评议', true).click()
  await seen(page, `${BRANCH} · ${sheet0.year}年度`).waitFor()
  await seen(page, `还有${sheet0.counts.pending}人未评定`).waitFor()
  await seen(page, sheet0.excellent.words).waitFor()
  await seen(page, '仅列本年度组织生活缺席及原因、党费未交月份，不以学习次数或时长作为评议依据').waitFor()
  await checkBothWays(page, JOURNEY, '民主评议（书记）', '01-sheet', `还有${sheet0.counts.pending}人未评定`)

  await grade(page, excellentName, '优秀')
  await shot(page, JOURNEY, '02-grade-sheet')
  await button(page, '记录等次').click()
  // Warned, never refused: the record stands and the dialog says the count and the limit.
  await seen(page, '请再斟酌', false).waitFor()
  await page.waitForTimeout(500)
  await shot(page, JOURNEY, '03-warning')
  await onScreen(page).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  const limit = sheet0.excellent.limit
  const words = `评为优秀${limit + 1}人，超过了参评正式党员${sheet0.excellent.evaluated}人的三分之一（一般不超过${limit}人），请支部再斟酌`
  await seen(page, `✗ ${words}`).waitFor()
  await card(page, excellentName).getByText('优秀', { exact: true }).waitFor()

  await grade(page, failing.name, '不合格')
  await button(page, '记录等次').click()
  await seen(page, '✗ 请写明理由').waitFor()
  await shot(page, JOURNEY, '04-needs-reason')
  await page
    .getByPlaceholder('如：全年无故缺席组织生活3次，经教育仍未改正', { exact: true })
    .and(page.locator('textarea'))
    .filter({ visible: true })
    .first()
    .fill(REASON)
  await button(page, '记录等次').click()
  const row = card(page, failing.name)
  await row.getByText(`理由：${REASON}`).waitFor()
  await row.getByText(/^限期改正至/).waitFor()
  await row.scrollIntoViewIfNeeded()
  await checkBothWays(page, JOURNEY, '民主评议（已评定）', '05-recorded', `理由：${REASON}`)
})

test('the member sees their own grade and reason, and nobody else’s', async () => {
  const page = await browser()
  await openAs(page, failing.openid, 'pages/me/index')
  await seen(page, '民主评议', true).click()
  await seen(page, `${sheet0.year}年度`).waitFor()
  await seen(page, '不合格', true).waitFor()
  await seen(page, `理由：${REASON}`).waitFor()
  await seen(page, /^限期改正至/).waitFor()
  assert.equal(await onScreen(page).getByText(excellentName).count(), 0)
  await checkBothWays(page, JOURNEY, '我的民主评议', '06-member', `理由：${REASON}`)
})

test('the office sees counts per grade per branch, and last year complete', async () => {
  const page = await browser()
  await openAs(page, DEMO_ADMIN_OPENID, 'packageAdmin/pages/overview/index')
  await seen(page, '民主评议', true).click()
  await seen(page, `${sheet0.year}年度 · 各支部评定结果人数`).waitFor()
  const b1 = card(page, BRANCH)
  await b1.getByText(/^不合格1$|不合格1/).waitFor()
  await checkBothWays(page, JOURNEY, '民主评议（机关党委）', '07-office', BRANCH)
  await seen(page, `${sheet0.year - 1}年度`, true).click()
  await seen(page, `${sheet0.year - 1}年度 · 各支部评定结果人数`).waitFor()
  assert.equal(await onScreen(page).getByText('已完成', { exact: true }).count(), 8)
  await shot(page, JOURNEY, '08-office-last-year')
})
