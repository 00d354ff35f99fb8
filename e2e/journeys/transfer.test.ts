/**
 * 组织关系 (issue 26): the secretary of 机关第一党支部 opens 组织关系 from 支部管理, sees the 转出
 * whose letter is about to lapse without its 回执, records the 回执 (the member leaves the roll,
 * records kept) and an arrival from its letter (the binding code shown); the office opens
 * 组织关系转出 from 总览 and issues 机关第二党支部's letter (党费交至 as the member's ledger says,
 * the bureau's default validity), then 党内统计 and a figure's names. axe on each screen, also in
 * 长辈版; screenshots.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { MemberDuesView } from '../../core/contract/dues-views'
import type { TransferOffice, TransferPage } from '../../core/contract/transfer'
import { monthLabel } from '../../core/dues/months'
import { paidThrough } from '../../core/transfer/rules'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  testDay,
  type Identity,
  type Session,
} from '../browser'
import { ask, button, checkBothWays } from '../kit'

const JOURNEY = 'transfer'
const BRANCH = '机关第一党支部'
const ISSUING_BRANCH = '机关第二党支部'
const NEWCOMER = '孙晓梅'
const LETTER_NO = '机党转〔2026〕21号'

const browsers: Session[] = []
let secretary: Identity
let admin: Identity
let issuingSecretary: Identity
/** The member whose 回执 the secretary records: then counted among the year's 转出. */
let leftName = ''

/** Types into the open sheet's field by its name. */
async function fill(page: Page, name: string, value: string): Promise<void> {
  await onScreen(page).locator(`.ui-sheet input[name="${name}"]`).filter({ visible: true }).first().fill(value)
}

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  secretary = people.find((p) => p.branchName === BRANCH && p.role === 'secretary' && p.duty === '书记') as Identity
  admin = people.find((p) => p.role === 'admin') as Identity
  issuingSecretary = people.find(
    (p) => p.branchName === ISSUING_BRANCH && p.role === 'secretary' && p.duty === '书记',
  ) as Identity
  assert.ok(secretary && admin && issuingSecretary, 'the secretaries and the office')
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary records the 回执 of a letter about to lapse, then an arrival with its binding code', async () => {
  const expected = await ask<TransferPage>(secretary.openid, 'secretary', 'transfer.page', {})
  const leaving = expected.outgoing.find((t) => t.state === 'issued')!
  leftName = leaving.memberName
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '组织关系', true).click()
  await seen(page, leaving.letter!.validityWords, true).waitFor()
  await checkBothWays(page, JOURNEY, '组织关系（书记）', '01-page', '转出（办理中1人）', leaving.memberName)

  await button(page, '登记回执').click()
  await seen(page, /原有记录全部保留/).waitFor()
  await shot(page, JOURNEY, '02-receipt-sheet')
  await button(page, '确认已收到回执').click()
  await seen(page, '回执已收到', true).waitFor()
  await seen(page, '转出（办理中0人）', true).waitFor()
  await shot(page, JOURNEY, '03-received')

  // 转入: the letter as written, 入党日期 on WeChat's date picker (its first day as offered).
  await button(page, '登记转入').click()
  await seen(page, /生成绑定码交给本人/).waitFor()
  await fill(page, 'name', NEWCOMER)
  await fill(page, 'from', '中共某某区委机关工作委员会')
  await onScreen(page).locator('.ui-field', { hasText: '入党日期' }).locator('.ui-input--picker').first().click()
  await page.locator('.weui-picker').filter({ visible: true }).waitFor()
  await onScreen(page).locator('.weui-picker__action', { hasText: '确定' }).filter({ visible: true }).click()
  await seen(page, '2000年7月1日', true).waitFor()
  await page.locator('.weui-picker').filter({ visible: true }).waitFor({ state: 'hidden' })
  await shot(page, JOURNEY, '04-arrive-sheet')
  await button(page, '登记并生成绑定码').click()
  await seen(page, `${NEWCOMER}已列入本支部名册`, true).waitFor()
  const code = (await onScreen(page).locator('.transfer-code').filter({ visible: true }).first().innerText()).trim()
  assert.match(code, /\S{4,}/, 'a binding code is shown')
  await seen(page, '未绑定微信', true).waitFor()
  await shot(page, JOURNEY, '05-arrived')
  // The code is said once; the row stays, in both faces.
  await checkBothWays(
    page,
    JOURNEY,
    '组织关系（转入）',
    '06-arrival-row',
    '转入报到',
    '由中共某某区委机关工作委员会转入',
  )
  const after = await ask<TransferPage>(secretary.openid, 'secretary', 'transfer.page', {})
  assert.ok(
    after.people.some((p) => p.name === NEWCOMER),
    'the newcomer is on the roll',
  )
})

test('the office issues a letter: 党费交至 from the ledger, the default validity', async () => {
  const office = await ask<TransferOffice>(admin.openid, 'admin', 'transfer.office', {})
  const waiting = office.waiting.find((t) => t.branchName === ISSUING_BRANCH)!
  assert.ok(waiting, `${ISSUING_BRANCH}'s 转出 waits for its letter`)
  const ledger = await ask<MemberDuesView>(issuingSecretary.openid, 'secretary', 'dues.member', {
    memberId: waiting.memberId,
  })
  const through = paidThrough(ledger.history.map((m) => ({ month: m.month, status: m.status })))
  const duesWords = through ? monthLabel(through) : '无交纳记录'
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '组织关系', true).click()
  await seen(page, `待开具（${office.waiting.length}）`, true).waitFor()
  await checkBothWays(page, JOURNEY, '组织关系转出（机关党委）', '07-office', '待开具', waiting.memberName)
  await onScreen(page)
    .locator('.office-row', { hasText: waiting.memberName })
    .locator('.ui-button', { hasText: /^开具介绍信$/ })
    .first()
    .click()
  await seen(page, /党费交至由系统按党费台账填写/).waitFor()
  const days = onScreen(page).locator('.ui-sheet input[name="validDays"]').filter({ visible: true }).first()
  assert.equal(await days.inputValue(), String(office.settings.validityDefaultDays))
  await fill(page, 'letterNo', LETTER_NO)
  await shot(page, JOURNEY, '08-issue-sheet')
  await onScreen(page)
    .locator('.ui-sheet .ui-button', { hasText: /^开具介绍信$/ })
    .first()
    .click()
  await seen(page, new RegExp(`^${LETTER_NO}，党费交至${duesWords}，有效期至`)).waitFor()
  await seen(page, `待开具（${office.waiting.length - 1}）`, true).waitFor()
  await shot(page, JOURNEY, '09-issued')
})

test('the office opens 党内统计 and the names behind a figure', async () => {
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '党内统计', true).click()
  await seen(page, '组织关系转出', true).waitFor()
  await checkBothWays(page, JOURNEY, '党内统计（机关党委）', '10-stats', '党员增减')
  await seen(page, '组织关系转出', true).click()
  await seen(page, new RegExp(`${leftName}（${BRANCH}）`)).waitFor()
  await seen(page, '组织关系转入', true).click()
  await seen(page, new RegExp(`${NEWCOMER}（${BRANCH}）`)).waitFor()
  await shot(page, JOURNEY, '11-names')
  assert.ok(await button(page, `导出${testDay().slice(0, 4)}年党内统计（Excel）`).isVisible())
})
