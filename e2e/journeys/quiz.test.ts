/**
 * 党纪党规知识测试 (issue 27): a member of 水环境管理处党支部 opens this month's paper in 长辈版,
 * answers half (missing the first question on purpose), leaves, comes back to the question where
 * they left off, finishes, and finds the missed questions in the 错题本; the party office sees
 * each question's share of wrong answers, with no one's name. axe on each screen, also in 长辈版;
 * nothing ranks, scores or times anyone.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { QuestionAdminView, QuizBank, QuizHome } from '../../core/contract/quiz'
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
import { ask, button, checkBothWays, setElder } from '../kit'

const JOURNEY = 'quiz'
const BRANCH = '水环境管理处党支部'
/** Words no screen of the quiz may hold (2026 rules: no ranking, no points, no time figures). */
const NO_RANKING = /排名|名次|积分|得分|用时|分钟|第\d+名/

const browsers: Session[] = []
let member: Identity
let admin: Identity
let bank: Map<string, QuestionAdminView>
let paperTitle: string

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

before(async () => {
  await hub('seed', { now: new Date(TEST_NOW).toISOString() })
  const people = await identities()
  member = people.find((p) => p.branchName === BRANCH && p.role === 'member') as Identity
  admin = people.find((p) => p.role === 'admin') as Identity
  assert.ok(member && admin, 'a member of the branch and the office')
  const home = await ask<QuizHome>(member.openid, 'member', 'quiz.home', {})
  assert.equal(home.open[0]?.mine, 'none', 'this month’s paper not yet begun')
  paperTitle = home.open[0]!.title
  // The office's bank says which option is right: the member misses on purpose, answers the rest right.
  const office = await ask<QuizBank>(admin.openid, 'admin', 'quiz.bank', {})
  bank = new Map(office.questions.map((q) => [q.stem, q]))
})

after(async () => {
  await Promise.all(browsers.map((b) => b.close()))
})

/** Answers the question on screen: right, or (miss) with an option that is not the answer. */
async function answer(page: Page, miss: boolean): Promise<string> {
  const stem = (await onScreen(page).locator('.quiz-stem').filter({ visible: true }).first().innerText()).trim()
  const q = bank.get(stem)
  assert.ok(q, `in the bank: ${stem}`)
  const picks = miss ? [q.options.findIndex((_o, i) => !q.answer.includes(i))] : q.answer
  const options = onScreen(page).locator('.quiz-option').filter({ visible: true })
  for (const i of picks) await options.nth(i).click()
  await button(page, '确定').click()
  await seen(page, miss ? '✗ 答错了' : '✓ 答对了', true).waitFor()
  return stem
}

test('a member in 长辈版 answers half, leaves, resumes where they left off and finds the missed in the 错题本', async () => {
  const page = await browser()
  // From 我的 → 知识测试, as a member finds it.
  await openAs(page, member.openid, 'pages/me/index')
  await seen(page, '知识测试', true).click()
  await setElder(page, true)
  await seen(page, paperTitle, true).waitFor()
  await seen(page, '不计时，不与别人比较，答题情况只有自己能看到。', true).waitFor()
  await noSeriousViolations(page, '知识测试', true)
  await shot(page, JOURNEY, '01-papers-elder')
  await button(page, '开始答题').click()
  await seen(page, /^第1题 \/ 共\d+题$/).waitFor()
  const total = Number(/共(\d+)题/.exec(await seen(page, /^第1题 \/ 共\d+题$/).innerText())![1])
  await shot(page, JOURNEY, '02-question-elder')
  const missed = [await answer(page, true)]
  await seen(page, /^解析：/).waitFor()
  await noSeriousViolations(page, '答题（解析）', true)
  await shot(page, JOURNEY, '03-explanation-elder')
  const half = Math.floor(total / 2)
  for (let i = 2; i <= half; i++) {
    await button(page, '下一题').click()
    await seen(page, `第${i}题 / 共${total}题`, true).waitFor()
    await answer(page, i === 3)
    if (i === 3)
      missed.push((await onScreen(page).locator('.quiz-stem').filter({ visible: true }).first().innerText()).trim())
  }

  // Leaves halfway, and comes back another time: the paper opens where they left off.
  await openAs(page, member.openid, 'packageMember/pages/quiz/index')
  await seen(page, `已答${half}题，共${total}题`, true).waitFor()
  await shot(page, JOURNEY, '04-left-halfway-elder')
  await button(page, '接着答').click()
  await seen(page, `第${half + 1}题 / 共${total}题`, true).waitFor()
  for (let i = half + 1; i <= total; i++) {
    await answer(page, false)
    await button(page, i === total ? '看结果' : '下一题').click()
  }
  await seen(page, `答对${total - 2}题，共${total}题`, true).waitFor()
  assert.doesNotMatch(await onScreen(page).locator('.app-page').filter({ visible: true }).innerText(), NO_RANKING)
  await noSeriousViolations(page, '答题（结果）', true)
  await shot(page, JOURNEY, '05-result-elder')

  await button(page, '去错题本练一练').click()
  await seen(page, /^还有\d+道题要练$/).waitFor()
  for (const stem of missed) await seen(page, stem, true).waitFor()
  await checkBothWays(page, JOURNEY, '错题本', '06-wrong-book', '错题本', missed[0])
})

test('the office sees each question’s share of wrong answers, with no names', async () => {
  const page = await browser()
  // 我的 → 机关党委 → 知识测试 → 每题错答比例, as the office finds it.
  await openAs(page, admin.openid, 'packageAdmin/pages/overview/index')
  await seen(page, '知识测试', true).click()
  await button(page, '每题错答比例').click()
  await seen(page, /^错答 \d+%（\d+人作答）$/).waitFor()
  await seen(page, /错答超过一半的题/).waitFor()
  const text = await onScreen(page).locator('.app-page').filter({ visible: true }).innerText()
  assert.doesNotMatch(text, NO_RANKING)
  assert.ok(!text.includes(member.name), 'no member’s name')
  await checkBothWays(page, JOURNEY, '每题错答比例', '07-figures', '每题错答比例', '错答超过一半的题')
})
