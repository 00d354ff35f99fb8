/**
 * Demo study records: a bureau-wide reading list (必读书目), a few branches' own items, and
 * check-ins of the bound members over the last five weeks, and by some early risers earlier
 * today (from 06:30), so that this month is never blank, even on its 1st. Most members have
 * nothing yet today, so anyone trying the app (or a browser test) can start an empty day; a
 * few members have nothing this month, and some have nothing at all, as in any real branch.
 */
import { chinaDate, chinaInstant, chinaMonth } from '../core/dates'
import { addDays, monthOfDay } from '../core/study'
import type { StudyCheckinDoc, StudyItemDoc } from '../server/actions/study/model'
import type { Database } from '../localcloud/db'
import { seededRandom } from './names'
import { actsAt, type DemoWorld } from './world'
import { officeStamp } from './office'

const DAY_MS = 24 * 3600 * 1000

const FREE_TITLES = [
  '学习强国每日答题',
  '观看专题片《榜样》',
  '阅读《人民日报》评论员文章',
  '学习《求是》杂志文章',
  '收听“新闻和报纸摘要”',
  '学习党纪学习教育读本',
]

const REFLECTIONS = [
  '通过学习，进一步认识到理论学习要常学常新，要把学习成果转化为做好本职工作的实际行动。',
  '联系本处室的生态环境监管工作，体会到守护蓝天碧水要有钉钉子精神。',
  '重温党章，对照党员义务查找差距，今后要在遵守纪律、服务群众上更加主动。',
  '学习后深受触动，要把严的基调、严的措施、严的氛围落实到日常工作中。',
  '和支部同志交流了学习体会，大家都认为要把学习和解决实际问题结合起来。',
]

function quarterOf(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number)
  const first = m - ((m - 1) % 3)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + 2)}` }
}

function item(
  id: string,
  fields: Partial<StudyItemDoc> & Pick<StudyItemDoc, 'title' | 'kind'>,
  createdAt: number,
): StudyItemDoc {
  return {
    _id: id,
    scope: 'bureau',
    branchId: null,
    link: null,
    fileID: null,
    period: null,
    status: 'active',
    createdAt,
    createdBy: null,
    updatedAt: createdAt,
    retiredAt: null,
    ...fields,
  }
}

export function demoStudyItems(now: number): StudyItemDoc[] {
  const quarter = quarterOf(chinaMonth(now))
  const lastQuarter = quarterOf(monthOfDay(addDays(`${quarter.from}-01`, -1)))
  // Put up by the office in office hours, on the working day on or before; the older, the earlier in the day.
  const t = (daysAgo: number) => officeStamp(now - daysAgo * DAY_MS, now, 1 - Math.min(daysAgo, 150) / 150)
  return [
    item('si-demo-charter', { title: '中国共产党章程', kind: 'regulation' }, t(60)),
    item('si-demo-gov4', { title: '《习近平谈治国理政》第四卷', kind: 'book', period: quarter }, t(50)),
    item('si-demo-outline', { title: '《习近平新时代中国特色社会主义思想学习纲要（2023年版）》', kind: 'book' }, t(49)),
    item('si-demo-rules', { title: '《中国共产党纪律处分条例》', kind: 'regulation' }, t(48)),
    item(
      'si-demo-xuexi',
      {
        title: '学习强国：深入学习贯彻党的二十届四中全会精神',
        kind: 'xuexi',
        link: 'https://www.xuexi.cn/',
        period: quarter,
      },
      t(40),
    ),
    item('si-demo-lecture', { title: '专题党课：深入贯彻中央八项规定精神', kind: 'lecture' }, t(30)),
    item(
      'si-demo-old',
      { title: '上季度专题：主题教育读本', kind: 'book', period: lastQuarter, status: 'retired', retiredAt: t(20) },
      t(120),
    ),
    item(
      'si-demo-b1',
      { scope: 'branch', branchId: 'org-b1', title: '支部书记讲党课：机关作风建设', kind: 'lecture' },
      t(25),
    ),
    item(
      'si-demo-b3',
      { scope: 'branch', branchId: 'org-b3', title: '《中华人民共和国水污染防治法》', kind: 'material' },
      t(25),
    ),
    item('si-demo-b5', { scope: 'branch', branchId: 'org-b5', title: '《中国共产党简史》', kind: 'book' }, t(25)),
  ]
}

function pick<T>(random: () => number, list: T[]): T {
  return list[Math.floor(random() * list.length)]
}

/** One member's check-ins over the last 35 days. */
function memberCheckins(
  random: () => number,
  member: DemoWorld['members'][number],
  items: StudyItemDoc[],
  today: string,
): StudyCheckinDoc[] {
  const visible = items.filter((i) => i.status === 'active' && (i.scope === 'bureau' || i.branchId === member.branchId))
  const out: StudyCheckinDoc[] = []
  const perWeek = 1 + Math.floor(random() * 4)
  for (let back = 35; back >= 1; back--) {
    const day = addDays(today, -back)
    if (random() > perWeek / 7) continue
    const entries = random() < 0.2 ? 2 : 1
    for (let n = 0; n < entries; n++) {
      const late = back > 1 && random() < 0.1
      const recordedDay = late ? addDays(day, 1 + Math.floor(random() * Math.min(3, back - 1))) : day
      const createdAt = chinaInstant(
        `${recordedDay} ${19 + Math.floor(random() * 3)}:${String(Math.floor(random() * 60)).padStart(2, '0')}`,
      )
      const fromList = random() < 0.6 && visible.length > 0
      const chosen = fromList ? pick(random, visible) : null
      const withdrawn = random() < 0.03
      out.push({
        _id: `sc-demo-${member._id}-${back}-${n}`,
        memberId: member._id,
        branchId: member.branchId,
        day,
        month: monthOfDay(day),
        late,
        itemId: chosen?._id ?? null,
        title: chosen?.title ?? pick(random, FREE_TITLES),
        kind: chosen?.kind ?? null,
        minutes: random() < 0.6 ? 10 * (2 + Math.floor(random() * 8)) : null,
        reflection: random() < 0.3 ? pick(random, REFLECTIONS) : '',
        contentCheck: 'pass',
        status: withdrawn ? 'withdrawn' : 'active',
        createdAt,
        updatedAt: createdAt,
        withdrawnAt: withdrawn ? createdAt + 600_000 : null,
        version: withdrawn ? 2 : 1,
        history: [],
      })
    }
  }
  return out
}

/**
 * An early riser's check-in earlier today: 学习强国 before work, between 06:30 and now (none
 * when it is not yet 06:35). Its own random stream, so the rest of the demo stays as it was.
 */
function todaysCheckin(
  random: () => number,
  member: DemoWorld['members'][number],
  items: StudyItemDoc[],
  now: number,
): StudyCheckinDoc | null {
  const today = chinaDate(now)
  const from = chinaInstant(`${today} 06:30`)
  const latest = now - 5 * 60_000
  if (random() > 0.3 || latest <= from) return null
  const createdAt = from + Math.floor(random() * Math.min(latest - from, 3 * 3600_000))
  const xuexi = items.find((i) => i.kind === 'xuexi' && i.status === 'active')
  return {
    _id: `sc-demo-${member._id}-0-0`,
    memberId: member._id,
    branchId: member.branchId,
    day: today,
    month: monthOfDay(today),
    late: false,
    itemId: xuexi?._id ?? null,
    title: xuexi?.title ?? FREE_TITLES[0],
    kind: xuexi?.kind ?? null,
    minutes: 30,
    reflection: '',
    contentCheck: 'pass',
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    withdrawnAt: null,
    version: 1,
    history: [],
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const random = seededRandom(20260305)
  const early = seededRandom(20261201)
  const items = demoStudyItems(now)
  const today = chinaDate(now)
  const monthStart = `${chinaMonth(now)}-01`
  const checkins: StudyCheckinDoc[] = []
  for (const member of world.members) {
    if (!member.openid) continue
    const habit = random()
    // About one in eight has never recorded; about one in six has nothing yet this month.
    if (habit < 0.12) continue
    // Recorded in the app: nothing from before the member bound.
    const mine = memberCheckins(random, member, items, today).filter((c) => actsAt(member, c.createdAt))
    checkins.push(...(habit < 0.28 ? mine.filter((c) => c.day < monthStart) : mine))
    const morning = habit < 0.28 ? null : todaysCheckin(early, member, items, now)
    if (morning && actsAt(member, morning.createdAt)) checkins.push(morning)
  }
  await db.insertRaw('studyItems', items as unknown as Record<string, unknown>[])
  await db.insertRaw('studyCheckins', checkins as unknown as Record<string, unknown>[])
}
