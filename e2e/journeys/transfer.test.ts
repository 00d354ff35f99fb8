/**
 * 组织关系 (issue 26): the secretary of 机关第一党支部 opens 组织关系, sees the 转出 whose letter is
 * about to lapse without its 回执, records the 回执 (the member leaves the roll, records kept); the
 * office opens 党内统计 and a figure's names. axe on each screen, also in 长辈版; screenshots.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { TransferPage } from '../../core/contract/transfer'
import {
  hub,
  identities,
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

const browsers: Session[] = []
let secretary: Identity
let admin: Identity
/** The member whose 回执 the secretary records: then counted among the year's 转出. */
let leftName = ''

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
  assert.ok(secretary && admin, 'the secretary and the office')
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('the secretary records the 回执 of a letter about to lapse; the member leaves the roll', async () => {
  const expected = await ask<TransferPage>(secretary.openid, 'secretary', 'transfer.page', {})
  const leaving = expected.outgoing.find((t) => t.state === 'issued')!
  leftName = leaving.memberName
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/transfer/index')
  await seen(page, leaving.letter!.validityWords, true).waitFor()
  await checkBothWays(page, JOURNEY, '组织关系（书记）', '01-page', '转出（办理中1人）', leaving.memberName)

  await button(page, '登记回执').click()
  await seen(page, /原有记录全部保留/).waitFor()
  await shot(page, JOURNEY, '02-receipt-sheet')
  await button(page, '确认已收到回执').click()
  await seen(page, '回执已收到', true).waitFor()
  await seen(page, '转出（办理中0人）', true).waitFor()
  await shot(page, JOURNEY, '03-received')
})

test('the office opens 党内统计 and the names behind a figure', async () => {
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/stats/index')
  await seen(page, '组织关系转出', true).waitFor()
  await checkBothWays(page, JOURNEY, '党内统计（机关党委）', '04-stats', '党员增减')
  await seen(page, '组织关系转出', true).click()
  await seen(page, new RegExp(`${leftName}（${BRANCH}）`)).waitFor()
  await shot(page, JOURNEY, '05-names')
  assert.ok(await button(page, `导出${testDay().slice(0, 4)}年党内统计（Excel）`).isVisible())
})
