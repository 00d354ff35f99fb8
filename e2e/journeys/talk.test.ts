/**
 * 谈心谈话 (issue 24 part 5): a member of 机关第二党支部 opens 我的 → 谈心谈话 and records a talk
 * with another member, notes included; the partner opens their own 谈心谈话 and finds it, notes
 * and all; the branch's secretary sees coverage per member — and not the notes; the party
 * office sees each branch's share. axe on each screen, also in 长辈版; screenshots of each step.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
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
import { button, checkBothWays } from '../kit'

const JOURNEY = 'talk'
const BRANCH = '机关第二党支部'
const NOTES = '聊了家里老人住院的事，约好下周一起去看望；也交流了近期监测任务的安排。'

const browsers: Session[] = []
let member: Identity
let partner: Identity
let secretary: Identity
let admin: Identity

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  const ofBranch = people.filter((p) => p.branchName === BRANCH)
  const members = ofBranch.filter((p) => p.role === 'member')
  member = members[0] as Identity
  partner = members[1] as Identity
  secretary = ofBranch.find((p) => p.role === 'secretary' && p.duty === '书记') as Identity
  admin = people.find((p) => p.role === 'admin') as Identity
  assert.ok(member && partner && secretary && admin, 'two members, the secretary and the office')
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

test('a member records a talk from 我的 → 谈心谈话', async () => {
  const page = await browser()
  await openAs(page, member.openid, 'pages/me/index')
  await seen(page, '谈心谈话', true).click()
  await seen(page, '记一次谈心谈话', true).waitFor()
  await checkBothWays(page, JOURNEY, '谈心谈话（党员）', '01-mine', '记一次谈心谈话')

  await button(page, '记一次谈心谈话').click()
  await seen(page, /谈话要点只有你们二人能看到/).waitFor()
  await onScreen(page)
    .locator('.ui-sheet .ui-chip', { hasText: new RegExp(`^${partner.name}（`) })
    .first()
    .click()
  await seen(page, new RegExp(`^✓ ${partner.name}（`)).waitFor()
  const notes = page.getByPlaceholder('如：交流了近期工作和学习的想法', { exact: true }).and(page.locator('textarea'))
  await notes.filter({ visible: true }).first().fill(NOTES)
  await shot(page, JOURNEY, '02-sheet')
  await button(page, '记下').click()
  await seen(page, `与${partner.name}`, true).waitFor()
  await seen(page, NOTES, true).waitFor()
  await seen(page, '我记录的', true).waitFor()
  await checkBothWays(page, JOURNEY, '谈心谈话（已记录）', '03-recorded', `与${partner.name}`)
})

test('the partner finds it on their own 谈心谈话, notes and all', async () => {
  const page = await browser()
  await openAs(page, partner.openid, 'packageMember/pages/talks/index')
  await seen(page, `与${member.name}`, true).waitFor()
  await seen(page, NOTES, true).waitFor()
  await seen(page, `${member.name}记录的`, true).waitFor()
  const card = onScreen(page).locator('.ui-card').filter({ visible: true }).filter({ hasText: NOTES }).first()
  assert.equal(await card.locator('.ui-button').count(), 0, 'only the one who recorded it corrects or withdraws it')
  await checkBothWays(page, JOURNEY, '谈心谈话（对方）', '04-partner', `与${member.name}`)
})

test('the secretary sees coverage per member, without the notes', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/overview/index')
  await seen(page, '谈心谈话', true).click()
  await seen(page, /^已谈完 \d+\/\d+人/).waitFor()
  await seen(page, /^没谈完的（\d+人）$/).waitFor()
  await seen(page, member.name).waitFor()
  assert.equal(await onScreen(page).getByText(NOTES).count(), 0, 'the notes are the two people’s only')
  await checkBothWays(page, JOURNEY, '谈心谈话（书记）', '05-secretary', '怎样算谈过')
})

test('the office sees each branch’s share', async () => {
  const page = await browser()
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '谈心谈话', true).click()
  await seen(page, /^全机关已谈完 \d+\/\d+人/).waitFor()
  await seen(page, BRANCH, true).waitFor()
  await seen(page, '机关第一党支部', true).waitFor()
  assert.equal(await onScreen(page).getByText(NOTES).count(), 0)
  await checkBothWays(page, JOURNEY, '谈心谈话（机关党委）', '06-office', '各支部')
})
