/**
 * 党费 (issue 6): the secretary of 机关第一党支部 sets bases for three members either side of a
 * bracket edge and sees the amounts with the edge warnings before confirming; a member
 * reports this month's payment with a receipt photo and the secretary confirms it; another
 * member prepays three months; the ledger and each member's own page agree, month by month.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { BranchDues, MemberDuesView } from '../../core/contract/dues'
import {
  hub,
  identities,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  testMonth,
  type Identity,
  type Session,
  noSeriousViolations,
} from '../browser'
import { ask, setElder, openEveryFold } from '../kit'

const JOURNEY = 'dues'
const BRANCH = '机关第一党支部'

const browsers: Session[] = []
let secretary: Identity
let reporter: Identity
let prepayer: Identity
/** The two others whose bases are set beside the reporter's. */
let others: string[] = []
/** This month, `YYYY-MM` and as a person reads it. */
let currentMonth = ''
let monthWords = ''

async function browser(): Promise<Session> {
  const session = await openBrowser()
  browsers.push(session)
  return session
}

/** `YYYY-MM` after this one. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

/** A receipt photo, as a phone would take one: a JPEG of a transfer confirmation. */
async function receiptPhoto(session: Session, amount: string): Promise<Buffer> {
  const scratch = await session.context.newPage()
  await scratch.setViewportSize({ width: 320, height: 200 })
  await scratch.setContent(
    `<div style="font:20px sans-serif;padding:24px;text-align:center">转账成功<br><b style="font-size:32px">¥${amount}</b><br>党费 · ${BRANCH}</div>`,
  )
  const photo = await scratch.screenshot({ type: 'jpeg' })
  await scratch.close()
  return photo
}

/** Taro's H5 toast covers the page for a few seconds: screenshots wait for it to go. */
async function toastGone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.taro__toast')].every((el) => el.offsetParent === null),
  )
}

type Month = { month: string; amount: string; status: string }

/** The member's page: each month row as `YYYY-MM`, amount and state. */
async function memberMonths(page: Page): Promise<Month[]> {
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.dues-months__row')]
      .filter((row) => row.offsetParent !== null)
      .map((row) =>
        ['month', 'amount', 'status'].map(
          (part) => row.querySelector(`.dues-months__${part}`)?.textContent?.trim() ?? '',
        ),
      ),
  )
  return rows.map(([label, amount, status]) => {
    const [, y, m] = /(\d{4})年(\d{1,2})月/.exec(label) ?? []
    return { month: `${y}-${m.padStart(2, '0')}`, amount, status }
  })
}

/**
 * One member across the ledger's months: every month folded shut is opened first (on the phone,
 * no call), then each month's row for the member read as `YYYY-MM`, amount and state; a month's
 * year is the ledger's own (`11月`) unless its header names another (`2025年12月`).
 */
async function ledgerMonths(page: Page, name: string): Promise<Month[]> {
  await openEveryFold(page)
  const items = await page.evaluate((who) => {
    return [...document.querySelectorAll<HTMLElement>('.month-fold')]
      .filter((fold) => fold.offsetParent !== null)
      .map((fold) => {
        const row = [...fold.querySelectorAll<HTMLElement>('.ledger-row')].find((el) =>
          el.querySelector('.ledger-row__name')?.textContent?.startsWith(who),
        )
        return {
          title: fold.querySelector('.month-fold__title')?.textContent?.trim() ?? '',
          amount: row?.querySelector('.ledger-row__amount')?.textContent?.trim() ?? null,
          status: row?.querySelector('.ledger-row__state')?.textContent?.trim() ?? '',
        }
      })
  }, name)
  const out: Month[] = []
  for (const item of items) {
    if (item.amount === null) continue
    const [, y, m] = /^(?:(\d{4})年)?(\d{1,2})月$/.exec(item.title) ?? []
    const month = `${y ?? currentMonth.slice(0, 4)}-${m.padStart(2, '0')}`
    const amount = item.amount === '金额待定' ? '待定' : item.amount.replace(/^应交 /, '').split('，')[0]
    out.push({ month, amount, status: item.status })
  }
  return out.sort((x, y) => x.month.localeCompare(y.month))
}

/** Every month both show agrees in amount and state; returns the months compared. */
function assertAgree(ledger: Month[], mine: Month[], who: string): string[] {
  const byMonth = new Map(mine.map((m) => [m.month, m]))
  const compared: string[] = []
  for (const cell of ledger) {
    const own = byMonth.get(cell.month)
    if (!own || cell.amount === '') continue
    assert.deepEqual(cell, own, `${who} ${cell.month}: ledger ${JSON.stringify(cell)}, own page ${JSON.stringify(own)}`)
    compared.push(cell.month)
  }
  return compared
}

before(async () => {
  // The demo bureau as it stands on the 20th of the run's month: after every branch's collection
  // day, so this month is billed; the timer's run there changes nothing the seed did not.
  const month = testMonth()
  await hub('seed', { now: `${month}-20T10:00:00+08:00` })
  await hub('timers/timer', {})
  currentMonth = month
  monthWords = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

  const people = await identities()
  const found = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记')
  assert.ok(found)
  secretary = found
  const dues = await ask<BranchDues>(secretary.openid, 'secretary', 'dues.branch', {})
  const owing = new Set(dues.arrears.map((a) => a.memberId))
  const members = people.filter((p) => p.role === 'member' && p.branchName === BRANCH)
  const rows = dues.thisMonth.rows.filter((r) => !owing.has(r.memberId))
  const bound = (status: string) => rows.filter((r) => r.status === status && members.some((p) => p.name === r.name))
  const first = bound('due')[0]
  assert.ok(first, 'a bound member with this month due')
  reporter = members.find((p) => p.name === first.name) as Identity
  // Paid up to this month and nothing ahead: the third choice is exactly three months ahead.
  for (const row of bound('paid')) {
    const person = members.find((p) => p.name === row.name) as Identity
    const view = await ask<MemberDuesView>(person.openid, 'member', 'dues.my', {})
    const third = view.payOptions[2]
    const nothingAhead = view.payOptions[0]?.months[0] === nextMonth(view.currentMonth)
    if (nothingAhead && third?.prepayCount === 3 && third.arrearsCount === 0) {
      prepayer = person
      break
    }
  }
  assert.ok(prepayer, 'a bound member paid up to this month')
  const rest = rows.filter((r) => r.name !== reporter.name && r.name !== prepayer.name)
  others = [...rest.filter((r) => r.status === 'due'), ...rest.filter((r) => r.status !== 'due')]
    .slice(0, 2)
    .map((r) => r.name)
  assert.equal(others.length, 2)
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
  await hub('clock', { now: null })
})

test('the secretary sets bases either side of a bracket edge and sees the amounts with warnings first', async () => {
  const { page } = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/dues/index')
  await seen(page, `${BRANCH} · ${monthWords}`).waitFor()
  await seen(page, /人的基数刚过档次边界，请核对：/).waitFor()
  await noSeriousViolations(page, '党费 (支部)')
  await shot(page, JOURNEY, '1-secretary-dues')

  await seen(page, '查看和确认金额', true).click()
  await seen(page, '设置或修改基数').waitFor()
  await page
    .locator('textarea')
    .filter({ visible: true })
    .fill(
      [
        `姓名,基数,类别`,
        `${reporter.name},3000.00,在职`,
        `${others[0]},3000.01,在职`,
        `${others[1]},5000.01,在职`,
      ].join('\n'),
    )
  await seen(page, '检查金额', true).click()
  await seen(page, '核对金额').waitFor()
  await seen(page, '在职 · 基数 3000.00 元 · 每月 15.00 元（0.5%）').waitFor()
  await seen(page, '在职 · 基数 3000.01 元 · 每月 30.00 元（1%）').waitFor()
  await seen(page, '在职 · 基数 5000.01 元 · 每月 75.00 元（1.5%）').waitFor()
  await seen(page, '⚠ 2人的基数刚过档次边界，请核对基数是否准确').waitFor()
  await seen(page, /基数只比3000.00元高0.01元，按1%每月30.00元；若为3000.00元则按0.5%每月15.00元/).waitFor()
  await seen(page, /基数只比5000.00元高0.01元，按1.5%每月75.00元；若为5000.00元则按1%每月50.00元/).waitFor()
  await shot(page, JOURNEY, '2-amounts-preview')
  await seen(page, '⚠ 2人的基数刚过档次边界，请核对基数是否准确').scrollIntoViewIfNeeded()
  await seen(page, /5000.01 元/).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '3-amounts-preview-warnings')

  await seen(page, '确认3人的金额', true).click()
  await seen(page, /^✓ 已确认3人的金额/).waitFor()
  await seen(page, /基数 3000.01 元 · 每月 30.00 元/).waitFor()
  await seen(page, /^✓ 已确认3人的金额/).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '4-amounts-confirmed')
})

test('a member sees the new amount and reports this month’s payment with a receipt photo', async () => {
  const session = await browser()
  const { page } = session
  await openAs(page, reporter.openid, 'pages/dues/index')
  await seen(page, `本月（${monthWords}）应交`).waitFor()
  await seen(page, '15.00 元', true).waitFor()
  await seen(page, '每月 15.00 元：按税后月工资 3000.00 元的 0.5% 计算').waitFor()
  await noSeriousViolations(page, '党费 (党员)')
  await shot(page, JOURNEY, '5-member-dues')
  await setElder(page, true)
  await seen(page, '15.00 元', true).waitFor()
  await noSeriousViolations(page, '党费 (党员)', true)
  await shot(page, JOURNEY, '6-member-dues-elder')
  await setElder(page, false)

  await seen(page, '报告缴费', true).click()
  const sheet = onScreen(page).locator('.ui-sheet').filter({ visible: true })
  await sheet.getByText(`✓ ${monthWords}，1个月，共 15.00 元`).waitFor()
  await sheet.getByText('微信转账给支部', { exact: true }).click()
  await sheet.getByLabel('添加收据照片').setInputFiles({
    name: 'receipt.jpg',
    mimeType: 'image/jpeg',
    buffer: await receiptPhoto(session, '15.00'),
  })
  await sheet.getByText('✓ 已添加照片“receipt.jpg”').waitFor()
  await sheet.getByText('合计：15.00 元').scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '7-report-sheet')
  await sheet.locator('.ui-button', { hasText: /^报告缴费$/ }).click()
  // 办理进度: 已报告 at its time, waiting for the secretary.
  await seen(page, '等待书记确认收到', true).waitFor()
  await seen(page, '◷ 已报告，待确认').waitFor()
  await toastGone(page)
  await shot(page, JOURNEY, '8-member-reported')
})

test('the secretary sees the report with its photo and confirms it', async () => {
  const { page } = browsers[0]
  await openAs(page, secretary.openid, 'packageSecretary/pages/dues/index')
  const card = onScreen(page).locator('.dues-payment').filter({ visible: true }).filter({ hasText: reporter.name })
  await card.getByText(`${reporter.name}：${monthWords} · 15.00 元`).waitFor()
  await card.getByText('收据照片，点按放大').waitFor()
  await page.waitForFunction(
    (who) =>
      [...document.querySelectorAll<HTMLImageElement>('.dues-payment img')].some(
        (img) => img.alt === `${who}交党费的收据照片` && img.complete && img.naturalWidth > 0,
      ),
    reporter.name,
  )
  await card.scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '9-secretary-waiting')
  await card.getByText('确认收到', { exact: true }).click()
  await onScreen(page).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  await card.waitFor({ state: 'detached' })
  await seen(page, reporter.name, true).scrollIntoViewIfNeeded()
  await toastGone(page)
  await shot(page, JOURNEY, '10-secretary-confirmed')
})

test('another member prepays three months and the secretary confirms it', async () => {
  const { page } = await browser()
  await openAs(page, prepayer.openid, 'pages/dues/index')
  await seen(page, '✓ 已交', true).waitFor()
  await seen(page, '报告缴费', true).click()
  const sheet = onScreen(page).locator('.ui-sheet').filter({ visible: true })
  const third = sheet.locator('.ui-chip').nth(2)
  await third.click()
  const label = ((await third.textContent()) ?? '').replace(/^✓ /, '')
  assert.match(label, /3个月，共 /)
  await sheet.getByText('现金', { exact: true }).click()
  await sheet.getByText(`合计：${label.split('，共 ')[1]}`).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '11-prepay-sheet')
  await sheet.locator('.ui-button', { hasText: /^报告缴费$/ }).click()
  // 办理进度: 已报告 at its time, waiting for the secretary.
  await seen(page, '等待书记确认收到', true).waitFor()
  assert.equal(
    await page.locator('.dues-months__row').filter({ visible: true }).filter({ hasText: '（预交）' }).count(),
    3,
  )
  await toastGone(page)
  await shot(page, JOURNEY, '12-prepay-reported')

  const officer = browsers[0].page
  await officer.reload()
  const card = onScreen(officer).locator('.dues-payment').filter({ visible: true }).filter({ hasText: prepayer.name })
  await card.getByText('确认收到', { exact: true }).click()
  await onScreen(officer).locator('.taro__modal .taro-model__confirm').filter({ visible: true }).click()
  await card.waitFor({ state: 'detached' })
})

test('the ledger and each member’s own page agree, month by month', async () => {
  const officer = browsers[0].page
  await seen(officer, '党费台账', true).click()
  await seen(officer, '✓ 近12个月和预交', true).waitFor()
  await seen(officer, /^说明：/).waitFor()
  await noSeriousViolations(officer, '党费台账')
  const reporterPage = browsers[1].page
  const prepayerPage = browsers[2].page
  for (const page of [reporterPage, prepayerPage]) {
    await page.reload()
    await seen(page, `本月（${monthWords}）应交`).waitFor()
  }

  const reporterLedger = await ledgerMonths(officer, reporter.name)
  assert.deepEqual(
    reporterLedger.find((m) => m.month === currentMonth),
    { month: currentMonth, amount: '15.00 元', status: '✓ 已交' },
  )
  const reporterCompared = assertAgree(reporterLedger, await memberMonths(reporterPage), reporter.name)
  assert.ok(reporterCompared.includes(currentMonth), JSON.stringify(reporterCompared))

  const prepayerLedger = await ledgerMonths(officer, prepayer.name)
  const ahead = prepayerLedger.filter((m) => m.month > currentMonth)
  assert.equal(ahead.length, 3, JSON.stringify(prepayerLedger))
  // This month heads the list; the months paid ahead come last, under their own header.
  const titles = await onScreen(officer).locator('.month-fold__title').filter({ visible: true }).allTextContents()
  const aheadTitles = await onScreen(officer)
    .locator('.ui-section')
    .filter({ hasText: '预交的月份' })
    .locator('.month-fold__title')
    .filter({ visible: true })
    .allTextContents()
  assert.equal(titles[0], `${Number(currentMonth.slice(5, 7))}月`, JSON.stringify(titles))
  assert.ok(aheadTitles.length >= 3, JSON.stringify(aheadTitles))
  assert.deepEqual(titles.slice(-aheadTitles.length), aheadTitles)
  assert.ok(ahead.every((m) => m.status === '✓ 已交'))
  const prepayerCompared = assertAgree(prepayerLedger, await memberMonths(prepayerPage), prepayer.name)
  assert.ok(
    ahead.every((m) => prepayerCompared.includes(m.month)),
    JSON.stringify(prepayerCompared),
  )

  for (const who of [reporter.name, prepayer.name]) {
    await onScreen(officer)
      .locator('.ledger-row')
      .filter({ visible: true })
      .filter({ hasText: who })
      .first()
      .scrollIntoViewIfNeeded()
    await shot(officer, JOURNEY, who === reporter.name ? '13-ledger-reporter' : '14-ledger-prepayer')
  }
  await shot(reporterPage, JOURNEY, '15-reporter-page')
  await onScreen(prepayerPage).locator('.dues-months').filter({ visible: true }).scrollIntoViewIfNeeded()
  await shot(prepayerPage, JOURNEY, '16-prepayer-page')
})

test('the party office reads each branch’s collection rate in words', async () => {
  const people = await identities()
  const admin = people.find((p) => p.role === 'admin')
  assert.ok(admin)
  const { page } = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/dues/index')
  await seen(page, `${monthWords}：各支部`).waitFor()
  const bar = onScreen(page).locator('.rate-bar').filter({ visible: true }).filter({ hasText: BRANCH })
  assert.match((await bar.locator('.rate-bar__rate').textContent()) ?? '', /^\d+\.\d%$/)
  await noSeriousViolations(page, '党费收缴情况')
  await shot(page, JOURNEY, '17-admin-collection')
})
