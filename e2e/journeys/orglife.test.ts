/**
 * 组织生活会 (issue 24 part 4): the secretary of 机关第一党支部 opens 支部管理 → 组织生活会, reads
 * the checklist for this year's meeting ahead (谈心谈话 in figures, the notice's days ahead),
 * ticks 对照检查材料, adds a 整改事项 with its owner chosen from the roster, and closes one with a
 * note; the party office sees each branch's open and overdue items. axe on each screen, also in
 * 长辈版; screenshots of each step.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import {
  hub,
  identities,
  noSeriousViolations,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  TEST_NOW,
  type Identity,
  type Session,
} from '../browser'

const JOURNEY = 'orglife'
const BRANCH = '机关第一党支部'
const ITEM = '学习制度落实不够经常，支委带头每月讲一次微党课'
const NOTE = '已排定全年微党课，支委轮流主讲，首次已于本月开展'

const browsers: Session[] = []
let secretary: Identity
let admin: Identity

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

async function setElder(page: Page, elder: boolean): Promise<void> {
  await page.evaluate(
    (on) => localStorage.setItem('dangjian.display', JSON.stringify({ data: { elder: on, level: 0, decided: true } })),
    elder,
  )
  await page.reload()
}

async function checkBothWays(
  page: Page,
  screen: string,
  step: string,
  ready: string | RegExp,
  focus = ready,
): Promise<void> {
  await noSeriousViolations(page, screen)
  await seen(page, focus).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, step)
  await setElder(page, true)
  await seen(page, ready).waitFor()
  await noSeriousViolations(page, screen, true)
  await seen(page, focus).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, `${step}-elder`)
  await setElder(page, false)
  await seen(page, ready).waitFor()
}

const button = (page: Page, text: string) =>
  onScreen(page)
    .locator('.ui-button', { hasText: new RegExp(`^${text}$`) })
    .filter({ visible: true })
    .first()

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  const ofBranch = people.filter((p) => p.branchName === BRANCH)
  secretary = ofBranch.find((p) => p.role === 'secretary' && p.duty === '书记') as Identity
  admin = people.find((p) => p.role === 'admin') as Identity
  assert.ok(secretary && admin, 'the secretary and the office')
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary ticks the checklist, adds an item and closes it with a note', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '组织生活会', true).click()
  await seen(page, /^会前准备（已完成\d\/4项）$/).waitFor()
  await seen(page, /^已谈\d+人，未谈\d+人（自\d+月\d+日以来）$/).waitFor()
  // In good time (the demo's own meeting ahead) or not (early January: the calendar's 15 January
  // meeting, told five days before) — either way the days in words.
  await seen(page, /^(只)?提前\d+天发布通知(，不足10天)?$/).waitFor()
  await checkBothWays(page, '组织生活会（书记）', '01-checklist', /^会前准备/)

  await button(page, '标记为已准备').click()
  await seen(page, '对照检查材料已准备', true).waitFor()
  await shot(page, JOURNEY, '02-ticked')

  await button(page, '新增整改事项').click()
  await seen(page, /责任人会在/).waitFor()
  const text = page
    .getByPlaceholder('如：理论学习不够系统，制定个人学习计划', { exact: true })
    .and(page.locator('textarea'))
  await text.filter({ visible: true }).first().fill(ITEM)
  const owner = onScreen(page).locator('.ui-sheet .ui-chip').filter({ visible: true }).nth(2)
  const ownerName = (await owner.innerText()).trim()
  await owner.click()
  await seen(page, `✓ ${ownerName}`, true).waitFor()
  await shot(page, JOURNEY, '03-add-sheet')
  await button(page, '加入清单').click()
  await seen(page, ITEM, true).waitFor()
  await seen(page, `责任人：${ownerName}`, true).waitFor()
  await checkBothWays(page, '组织生活会（整改清单）', '04-added', ITEM)

  await button(page, '整改完成').click()
  await seen(page, /整改完成后销号/).waitFor()
  await button(page, '确认完成').click()
  await seen(page, /请写明完成情况|请填写完成情况/).waitFor()
  const note = page
    .getByPlaceholder('如：已制定个人学习计划，按月完成学习任务', { exact: true })
    .and(page.locator('textarea'))
  await note.filter({ visible: true }).first().fill(NOTE)
  await button(page, '确认完成').click()
  await seen(page, `完成情况：${NOTE}`, true).waitFor()
  await shot(page, JOURNEY, '05-closed')
})

test('the office sees each branch’s open and overdue items in the organisation’s order', async () => {
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '整改落实', true).click()
  await seen(page, /^全机关整改事项：未完成\d+项/).waitFor()
  await seen(page, BRANCH, true).waitFor()
  await seen(page, /逾期\d+/).waitFor()
  await checkBothWays(page, '整改落实（机关党委）', '06-office', '各支部')
})
