/**
 * 党员发展 (issue 25), from an application to 转正 with the cloud's clock moved through the years
 * (every browser follows it): the demo bureau as it stood 900 days before the run's day; the
 * 书记 of 机关第一党支部 records a new applicant; a year on, after two half-year reviews, the
 * branch holds a 支部党员大会 whose passed 表决 the 书记 picks for 支部大会讨论接收 — the answer
 * gives the new 预备党员's binding code — and the office records 上级党委审批; a year later the
 * 转正 is picked the same way, and the page says from when 党龄 counts. The office's home shows
 * what 党员发展 has due this month, opens its page with the counts, and exports the year.
 *
 * The steps between (谈话, 备案, 培养联系人, 政审, 集中培训 …) are recorded through the same action
 * their sheet calls (develop.record), as the app tests cover each sheet; the meetings are held
 * through the secretary's own actions (create, sign-in by hand, 表决). axe on each screen shown,
 * also in 长辈版; screenshots of each step.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Page } from 'playwright-core'
import type { ActivityAdminView } from '../../core/contract/activity-views'
import type { RosterView } from '../../core/contract/activity-officer-views'
import type { DevelopBureau, DevelopPersonPage, DevelopPipeline, DevelopStep } from '../../core/contract/develop'
import type { VotePage } from '../../core/contract/vote'
import { addDays, addMonths } from '../../core/appraisal/rules'
import { dayWords } from '../../core/dates'
import { DEMO_ADMIN_OPENID } from '../../demo/identities'
import {
  hub,
  identities,
  noSeriousViolations,
  onScreen,
  openAs,
  openBrowser,
  seen,
  shot,
  testDay,
  type Identity,
  type Session,
} from '../browser'
import { ask, button, checkBothWays } from '../kit'

const JOURNEY = 'develop'
const BRANCH = '机关第一党支部'
const NAME = '韩立新'

/**
 * The days, spaced as a branch would: the application 900 days before the run's day, 积极分子 a
 * month on, 发展对象 after the year of 培养, the admission 75 days later, the 预备期's end a year on.
 */
const APPLIED = addDays(testDay(), -900)
const ACTIVIST = addDays(APPLIED, 30)
const CANDIDATE = addMonths(ACTIVIST, 12)
const ADMITTED = addDays(CANDIDATE, 75)
const FULL = addMonths(ADMITTED, 12)

const browsers: Session[] = []
let secretary: Identity
let personId = ''

async function browser(): Promise<Page> {
  const session = await openBrowser()
  browsers.push(session)
  return session.page
}

/** Moves the cloud's clock (and every open browser's) to this China day and time. */
const clock = (day: string, time = '10:00') => hub('clock', { now: `${day}T${time}:00+08:00` })

/** A step recorded through the action its sheet calls, by the secretary or the office. */
const record = (step: DevelopStep, extra: object = {}, openid = secretary.openid) =>
  ask<DevelopPersonPage>(openid, 'secretary', 'develop.record', { personId, step, ...extra })

/**
 * A 支部党员大会 of the branch this afternoon, everyone signed in by hand at 15:00 and the motion
 * passed by all who may vote: what a 书记 does on 活动安排, 活动现场 and 表决.
 */
async function meetingPasses(day: string, title: string, motion: string): Promise<void> {
  const person = await ask<DevelopPersonPage>(secretary.openid, 'secretary', 'develop.person', { personId })
  const meeting = await ask<ActivityAdminView>(secretary.openid, 'secretary', 'activity.create', {
    branchId: person.person.branchId,
    type: 'generalMeeting',
    title,
    date: day,
    startTime: '14:30',
    endTime: '16:30',
    place: '机关三楼党员活动室',
    agenda: motion,
    publish: true,
  })
  await clock(day, '15:00')
  const roster = await ask<RosterView>(secretary.openid, 'secretary', 'activity.roster', { activityId: meeting.id })
  for (const row of roster.rows) {
    await ask(secretary.openid, 'secretary', 'attendance.markPresent', {
      activityId: meeting.id,
      memberId: row.memberId,
      reason: '会场集中签到',
    })
  }
  const votes = await ask<VotePage>(secretary.openid, 'secretary', 'vote.get', { activityId: meeting.id })
  assert.ok(votes.figures.valid, `${title}: quorum`)
  await ask(secretary.openid, 'secretary', 'vote.record', {
    activityId: meeting.id,
    title: motion,
    tally: { for: votes.figures.present, against: 0, abstain: 0, written: 0 },
  })
}

/** On the person's page: the vote step's sheet, the passed 表决 picked, recorded. */
async function pickVote(page: Page, step: string, motion: string): Promise<void> {
  await button(page, `记录“${step}”`).click()
  await seen(page, '支部党员大会上的表决').waitFor()
  await seen(page, motion).click()
  await button(page, '记录').click()
  await seen(page, `✓ ${step}`, true).waitFor()
}

before(async () => {
  await hub('seed', { now: `${APPLIED}T09:00:00+08:00` })
  await clock(APPLIED)
  const people = await identities()
  const found = people.find((p) => p.role === 'secretary' && p.branchName === BRANCH && p.duty === '书记')
  assert.ok(found, `no 书记 in ${BRANCH}`)
  secretary = found
})

after(async () => {
  await hub('clock', { now: null })
  await Promise.all(browsers.map((b) => b.close()))
})

test('the 书记 records a new applicant on the day the application comes in', async () => {
  const page = await browser()
  await openAs(page, secretary.openid, 'packageSecretary/pages/develop/index')
  await seen(page, '从递交申请到转正').waitFor()
  await button(page, '新增入党申请人').click()
  await onScreen(page)
    .getByPlaceholder('申请人姓名', { exact: true })
    .and(page.locator('input'))
    .filter({ visible: true })
    .first()
    .fill(NAME)
  await seen(page, dayWords(APPLIED)).waitFor()
  await shot(page, JOURNEY, '01-add')
  await button(page, '登记').click()
  await seen(page, '记录“派人谈话”').waitFor()
  personId = decodeURIComponent(page.url().split('id=')[1] ?? '')
  assert.ok(personId, 'the new person’s page')
  await checkBothWays(page, JOURNEY, '党员发展·一个人（申请人）', '02-applicant', '记录“派人谈话”', '下一步')
})

test('a year on, the 支部大会 admits on its 表决 and the office approves', async () => {
  const sec = secretary.openid
  await clock(ADMITTED)
  const roster = (await ask<DevelopPersonPage>(sec, 'secretary', 'develop.person', { personId })).people
  await record('talk', { day: addDays(APPLIED, 14) })
  await record('activist', { day: ACTIVIST })
  await record('activistFiling', { day: addDays(ACTIVIST, 3) }, DEMO_ADMIN_OPENID)
  await record('contacts', { day: addDays(ACTIVIST, 5), memberIds: [roster[0]!.id] })
  await record('training', { day: addMonths(ACTIVIST, 6) })
  await record('training', { day: addDays(CANDIDATE, -7) })
  await record('candidate', { day: CANDIDATE })
  await record('candidateFiling', { day: addDays(CANDIDATE, 5) }, DEMO_ADMIN_OPENID)
  await record('sponsors', { day: addDays(CANDIDATE, 7), memberIds: [roster[0]!.id, roster[1]!.id] })
  await record('politicalReview', { day: addDays(CANDIDATE, 30) })
  await record('course', { day: addDays(CANDIDATE, 40), days: 3, hours: 24 })
  await record('committeeReview', { day: addDays(CANDIDATE, 60) })
  await record('preReview', { day: addDays(CANDIDATE, 65) }, DEMO_ADMIN_OPENID)
  await record('form', { day: addDays(CANDIDATE, 70) })
  const motion = `关于接收${NAME}同志为中共预备党员的决议`
  await meetingPasses(ADMITTED, '支部党员大会（接收预备党员）', motion)

  const page = await browser()
  await openAs(page, sec, `packageSecretary/pages/develop-person/index?id=${encodeURIComponent(personId)}`)
  await seen(page, '记录“支部大会讨论接收”').waitFor()
  await pickVote(page, '支部大会讨论接收', motion)
  const notice = await seen(page, /绑定码 [A-Z0-9]+，7天内有效/).textContent()
  assert.match(notice ?? '', new RegExp(`${NAME}已列入支部名册（预备党员）`))
  await seen(page, `入党日期：${dayWords(ADMITTED)}`).waitFor()
  await seen(page, `预备期至：${dayWords(FULL)}`).waitFor()
  await seen(page, '由机关党委记录，办好后这里会更新').waitFor()
  await noSeriousViolations(page, '党员发展·一个人（接收）')
  await seen(page, /绑定码/).scrollIntoViewIfNeeded()
  await shot(page, JOURNEY, '03-admitted-binding-code')

  await record('approvalTalk', { day: ADMITTED }, DEMO_ADMIN_OPENID)
  const office = await browser()
  await openAs(
    office,
    DEMO_ADMIN_OPENID,
    `packageSecretary/pages/develop-person/index?id=${encodeURIComponent(personId)}`,
  )
  await button(office, '记录“上级党委审批”').click()
  await seen(office, '办理日期').waitFor()
  await button(office, '记录').click()
  await seen(office, '✓ 上级党委审批', true).waitFor()
  await checkBothWays(office, JOURNEY, '党员发展·一个人（机关党委）', '04-office-approved', '✓ 上级党委审批')
})

test('when the 预备期 ends, the 转正 is picked from its 表决 and 党龄 counts from that day', async () => {
  await clock(FULL)
  await record('upperFiling', { day: addDays(ADMITTED, 3) }, DEMO_ADMIN_OPENID)
  await record('placed', { day: addDays(ADMITTED, 5) })
  await record('oath', { day: addDays(ADMITTED, 6) })
  await record('probationReview', { day: addMonths(ADMITTED, 6) })
  await record('fullApplication', { day: addMonths(FULL, -1) })
  const motion = `关于${NAME}同志按期转为正式党员的决议`
  await meetingPasses(FULL, '支部党员大会（预备党员转正）', motion)

  const page = await browser()
  await openAs(page, secretary.openid, `packageSecretary/pages/develop-person/index?id=${encodeURIComponent(personId)}`)
  await seen(page, '记录“支部大会讨论转正”').waitFor()
  await pickVote(page, '支部大会讨论转正', motion)
  await record('fullApproval', { day: FULL }, DEMO_ADMIN_OPENID)
  await record('archive', { day: FULL })
  await page.reload()
  await seen(page, `转为正式党员，党龄从${dayWords(FULL)}算起`).waitFor()
  await checkBothWays(page, JOURNEY, '党员发展·一个人（转正）', '05-full', `转为正式党员，党龄从${dayWords(FULL)}算起`)

  const pipeline = await ask<DevelopPipeline>(secretary.openid, 'secretary', 'develop.pipeline', {})
  assert.ok(pipeline.closed.some((r) => r.id === personId && r.statusLabel === '已转正归档'))
})

test('the office sees what is due this month, the counts, and exports the year', async () => {
  const bureau = await ask<DevelopBureau>(DEMO_ADMIN_OPENID, 'admin', 'develop.bureau', {})
  const page = await browser()
  await openAs(page, DEMO_ADMIN_OPENID, 'packageAdmin/pages/overview/index')
  const due = bureau.dueThisMonth.length
  await seen(page, due > 0 ? `本月要办${due}项` : '本月无到期').waitFor()
  await shot(page, JOURNEY, '06-office-home')
  await seen(page, '党员发展', true).click()
  const f = bureau.figures
  await seen(
    page,
    `确定入党积极分子${f.activists}人，确定发展对象${f.candidates}人，接收预备党员${f.admitted}人，预备党员转正${f.full}人`,
  ).waitFor()
  assert.ok(f.full >= 1, 'this year’s 转正 counted')
  await checkBothWays(page, JOURNEY, '党员发展（机关党委）', '07-bureau', '各支部（按组织顺序）', '本月要办')
  await button(page, '导出本年度发展党员情况（Excel）').click()
  await seen(page, `已导出《全机关${bureau.year}年发展党员工作情况.xlsx》`).waitFor()
  await shot(page, JOURNEY, '08-exported')
})
