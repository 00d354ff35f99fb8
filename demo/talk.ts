/**
 * Demo 谈心谈话: a realistic year of talks in every branch, as the 条例 asks them (支委之间,
 * 支委与党员, 党员之间) — last year all but the retirees' branch done; this year 机关第一党支部,
 * 水环境管理处党支部 and 大气监测站党支部 done, the others part of the way (the retirees' branch
 * least). Most of a year's talks fall from October on, in the run-up to the 组织生活会 each January.
 * Either party recorded each; about half carry notes, which only the two read. In
 * 机关第一党支部 one talk was corrected (its notes written in afterwards) and one withdrawn (recorded twice), with their
 * audit entries. Deterministic, relative to the clock.
 */
import { chinaDate, chinaDayStart } from '../core/dates'
import { arrivalDay, chinaYear } from '../core/talk/coverage'
import type { TalkDoc } from '../server/actions/talk/model'
import type { AuditDoc, MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { demoOpenid } from './identities'
import { seededRandom } from './names'
import { actsAt, type DemoWorld } from './world'

const DAY = 24 * 3600_000

/** This year's share of the branch's talks held so far; 1 = all. */
const THIS_YEAR: Record<string, number> = {
  'org-b1': 1,
  'org-b2': 0.8,
  'org-b3': 1,
  'org-b4': 0.55,
  'org-b5': 0.3,
  'org-b6': 1,
  'org-b7': 0.7,
  'org-b8': 0.45,
}

const NOTES = [
  '交流了近期工作中的困难，约定遇到执法检查中的难题及时沟通。',
  '谈了家里老人身体情况，支部会多关心，工作上适当调整。',
  '围绕理论学习交换了意见，建议每月固定学习日多结合业务讨论。',
  '对支部工作提了两条建议：通知早一点发，材料提前共享。',
  '谈了入党以来的体会和今年的学习打算。',
  '交流了监测数据审核工作中的想法，互相提醒严守纪律。',
]

type Pair = [MemberDoc, MemberDoc]

/** The pairs the 条例 asks for: every two 支委, each 党员 with a 支委 (in turn), each 党员 with the next. */
function pairsOf(members: MemberDoc[]): Pair[] {
  const committee = members.filter((m) => m.role !== 'member')
  // 党员之间 in pairs of one bound and one not where it can be, so that one of them records it.
  const ranks = members.filter((m) => m.role === 'member')
  const bound = ranks.filter((m) => m.openid !== null)
  const unbound = ranks.filter((m) => m.openid === null)
  const rank = Array.from({ length: Math.max(bound.length, unbound.length) }, (_, i) => [bound[i], unbound[i]])
    .flat()
    .filter((m): m is MemberDoc => m !== undefined)
  const pairs: Pair[] = []
  committee.forEach((a, i) => committee.slice(i + 1).forEach((b) => pairs.push([a, b])))
  // Each 党员 with a 支委 in turn; one not bound with a 支委 who is, where there is one.
  const boundCommittee = committee.filter((c) => c.openid !== null)
  if (committee.length > 0)
    rank.forEach((m, i) => {
      const turn = committee[i % committee.length]!
      const byBound = m.openid === null && turn.openid === null && boundCommittee.length > 0
      pairs.push([byBound ? boundCommittee[i % boundCommittee.length]! : turn, m])
    })
  for (let i = 0; i + 1 < rank.length; i += 2) pairs.push([rank[i]!, rank[i + 1]!])
  if (rank.length % 2 === 1 && rank.length > 1) pairs.push([rank[rank.length - 1]!, rank[0]!])
  return pairs
}

function talkDoc(
  id: string,
  pair: Pair,
  date: string,
  at: number,
  random: () => number,
  recorderFirst: boolean,
): TalkDoc {
  const [recorder, partner] = recorderFirst ? pair : [pair[1], pair[0]]
  return {
    _id: id,
    branchId: recorder.branchId,
    recorderId: recorder._id,
    recorderName: recorder.name,
    partnerId: partner._id,
    date,
    notes: random() < 0.5 ? NOTES[Math.floor(random() * NOTES.length)]! : '',
    status: 'active',
    contentVerdict: 'pass',
    createdAt: at,
    updatedAt: at,
    changes: [],
  }
}

/** A day in [from, to] (China days), spread by `r`. */
function dayBetween(from: string, to: string, r: number): string {
  const a = chinaDayStart(from)
  const b = chinaDayStart(to)
  return chinaDate(a + Math.floor(((b - a) / DAY) * r) * DAY + 10 * 3600_000)
}

export function demoTalks(now: number, world: DemoWorld): { talks: TalkDoc[]; audit: AuditDoc[] } {
  const random = seededRandom(20261201)
  const year = chinaYear(now)
  const today = chinaDate(now)
  const talks: TalkDoc[] = []
  const audit: AuditDoc[] = []
  for (const branch of world.orgs.filter((o) => o.kind === 'branch')) {
    const members = world.members
      .filter((m) => m.branchId === branch._id && m.status === 'active')
      .sort((a, b) => a._id.localeCompare(b._id))
    const pairs = pairsOf(members)
    for (const y of [year - 1, year]) {
      const share = y === year ? (THIS_YEAR[branch._id] ?? 0.5) : branch._id === 'org-b5' ? 0.6 : 1
      const keep = Math.round(pairs.length * share)
      pairs.slice(0, keep).forEach((pair, i) => {
        const earliest = [`${y}-01-01`, arrivalDay(pair[0]), arrivalDay(pair[1])].sort().at(-1)!
        const latest = y === year ? today : `${y}-12-28`
        if (earliest > latest) return
        // Most talks fall in the run-up to the 组织生活会 held each January (from October on);
        // the rest through the year.
        const runUp = [earliest, `${y}-10-01`].sort().at(-1)!
        const date = dayBetween(random() < 0.75 && runUp <= latest ? runUp : earliest, latest, random())
        const at = Math.min(chinaDayStart(date) + 17 * 3600_000, now - 60_000)
        // Recorded in the app by either party, whichever had bound by then; by neither, not at all.
        const first = random() < 0.5
        const [one, other] = first ? pair : [pair[1], pair[0]]
        if (!actsAt(one, at) && !actsAt(other, at)) return
        talks.push(
          talkDoc(
            `talk-${branch._id.slice(4)}-${y}-${String(i + 1).padStart(3, '0')}`,
            pair,
            date,
            at,
            random,
            actsAt(one, at) ? first : !first,
          ),
        )
      })
    }
  }
  // 机关第一党支部: one talk's day corrected, one recorded twice and withdrawn.
  const b1 = talks.filter((t) => t.branchId === 'org-b1' && t.date.startsWith(String(year)))
  const fixed = b1[0]
  if (fixed) {
    const before = { partnerId: fixed.partnerId, date: fixed.date, notes: fixed.notes }
    const correctAt = Math.min(fixed.createdAt + 2 * DAY, now - 30_000)
    fixed.notes = '补记：交流了今年的学习计划，约定每季度再谈一次。'
    fixed.updatedAt = correctAt
    fixed.changes.push({
      at: correctAt,
      byId: fixed.recorderId,
      byName: fixed.recorderName,
      what: 'correct',
      reason: '补记谈话要点',
      before,
    })
    audit.push(
      entry('talk.correct', fixed, correctAt, '更正谈心谈话记录：补记谈话要点', {
        before: { date: before.date },
        after: { date: fixed.date, notesChanged: true },
      }),
    )
  }
  const twice = b1.at(-1)
  if (twice) {
    const at = Math.min(twice.createdAt + 3600_000, now - 20_000)
    const dup: TalkDoc = {
      ...twice,
      _id: `${twice._id}-dup`,
      notes: '',
      status: 'withdrawn',
      createdAt: at,
      updatedAt: at,
      changes: [
        {
          at,
          byId: twice.recorderId,
          byName: twice.recorderName,
          what: 'withdraw',
          reason: '重复记了一次',
          before: { partnerId: twice.partnerId, date: twice.date, notes: '' },
        },
      ],
    }
    talks.push(dup)
    audit.push(
      entry('talk.withdraw', dup, at, `撤回谈心谈话记录（${dup.date}）：重复记了一次`, {
        before: { status: 'active' },
        after: { status: 'withdrawn' },
      }),
    )
  }
  return { talks, audit }
}

function entry(
  kind: string,
  talk: TalkDoc,
  at: number,
  summary: string,
  change: { before: unknown; after: unknown },
): AuditDoc {
  return {
    _id: `aud-demo-${kind}-${talk._id}`,
    at,
    actorOpenid: demoOpenid(talk.recorderId),
    actorId: talk.recorderId,
    actorName: talk.recorderName,
    kind,
    summary,
    branchId: talk.branchId,
    targetId: talk._id,
    ...change,
    requestId: `demo-${kind}-${talk._id}`,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const { talks, audit } = demoTalks(now, world)
  await db.insertRaw('talks', talks as unknown as Record<string, unknown>[])
  if (audit.length > 0) await db.insertRaw('auditLog', audit as unknown as Record<string, unknown>[])
}
