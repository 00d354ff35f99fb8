/**
 * Demo 表决 at 支部党员大会: each branch's latest 党员大会 held decided 确定入党积极分子 (通过);
 * in 机关第一党支部 the same meeting also voted on 调整党小组设置, which 未通过 — a majority of
 * the ballots cast, but not more than half of all the full members entitled — and a 临时支部党员
 * 大会 about three months ago, called during the flood-season inspections, had too few full
 * members to decide (会议无效) though those present voted. Tallies are worked out from the
 * meetings' own sign-ins (预备党员 apart), so every figure agrees with what the roster shows.
 */
import { chinaDate, chinaInstant } from '../core/dates'
import { moreThanHalf } from '../core/vote/rules'
import type { Tally } from '../core/vote/types'
import type { ActivityDoc, AttendanceDoc } from '../server/actions/activity/model'
import type { StoredFigures, VoteDoc } from '../server/actions/vote/model'
import type { MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { closeMeeting, type MeetingRecords } from './meeting-records'
import { seededRandom } from './names'
import type { DemoWorld } from './world'
import { workdayOnOrBefore } from '../core/workdays'
import { officeStamp, spreadOf } from './office'

const DAY = 24 * 3600_000
/** The branch whose secretary the demo signs in as first. */
const SHOWCASE = 'org-b1'

function figuresOf(a: ActivityDoc, present: Set<string>, byId: Map<string, MemberDoc>): StoredFigures {
  const expected = a.expectedIds.map((id) => byId.get(id)).filter((m): m is MemberDoc => m !== undefined)
  const full = expected.filter((m) => !m.probationary)
  return {
    entitled: full.length,
    present: full.filter((m) => present.has(m._id)).length,
    probationary: expected.length - full.length,
  }
}

function voteOf(
  a: ActivityDoc,
  n: number,
  title: string,
  tally: Tally,
  figures: StoredFigures,
  secretary: MemberDoc,
): VoteDoc {
  const at = (a.closedAt ?? a.endAt) + (10 + n * 5) * 60_000
  return {
    _id: `vote-${a._id}-${n}`,
    activityId: a._id,
    branchId: a.branchId,
    title,
    tally,
    figures,
    subject: null,
    recordedAt: at,
    recordedById: secretary._id,
    recordedByName: secretary.name,
    updatedAt: at,
    contentVerdict: 'pass',
    corrections: [],
  }
}

/** Nearly all present for, one against, and a written opinion for when someone entitled was away. */
function passing(f: StoredFigures): Tally {
  const written = Math.min(1, f.entitled - f.present)
  const t = { for: f.present - 1 + written, against: 1, abstain: 0, written }
  return t.for >= moreThanHalf(f.entitled) ? t : { for: f.present + written, against: 0, abstain: 0, written }
}

/** One short of more than half of all entitled, and still more than half of the ballots cast. */
function shortOfAll(f: StoredFigures): Tally {
  const pro = moreThanHalf(f.entitled) - 1
  const against = Math.max(0, Math.min(f.present - pro, pro - 1))
  return { for: pro, against: Math.ceil(against / 2), abstain: Math.floor(against / 2), written: 0 }
}

/**
 * A 支部党员大会 called at short notice about three months ago: only the secretary and a few
 * came (the rest were away on inspections, on leave or absent), one short of the quorum.
 */
function thinMeeting(
  branchId: string,
  members: MemberDoc[],
  secretary: MemberDoc,
  now: number,
  out: MeetingRecords,
): ActivityDoc {
  const date = workdayOnOrBefore(chinaDate(now - 95 * DAY))
  const startAt = chinaInstant(`${date} 15:00`)
  const full = members.filter((m) => !m.probationary)
  const quorum = moreThanHalf(full.length)
  // The secretary and one short of the quorum of the other full members came; 预备党员 too.
  const came = [
    secretary,
    ...full.filter((m) => m !== secretary).slice(0, Math.max(0, quorum - 2)),
    ...members.filter((m) => m.probationary && m !== secretary),
  ]
  const away = members.filter((m) => !came.includes(m))
  const a: ActivityDoc = {
    _id: `${branchId}_generalMeeting_extra_${date}`,
    branchId,
    type: 'generalMeeting',
    title: '临时支部党员大会：讨论接收预备党员',
    status: 'published',
    date,
    month: date.slice(0, 7),
    startTime: '15:00',
    endTime: '16:30',
    startAt,
    endAt: chinaInstant(`${date} 16:30`),
    place: '机关三楼党员活动室',
    geofence: null,
    agenda: '一、入党介绍人介绍发展对象情况\n二、支部委员会报告审查情况\n三、讨论并表决',
    materials: [],
    expected: { kind: 'branch' },
    expectedIds: [],
    scheduleId: null,
    edited: false,
    signInSecret: 'demo-thin-meeting',
    contentVerdict: 'pass',
    createdAt: officeStamp(startAt - 3 * DAY, startAt, spreadOf(date)),
    createdById: secretary._id,
    updatedAt: officeStamp(startAt - 3 * DAY, startAt, spreadOf(date)),
    publishedAt: officeStamp(startAt - 3 * DAY, startAt, spreadOf(date)),
    publishedById: secretary._id,
    closedAt: null,
    closedById: null,
  }
  const base = seededRandom(20260824)
  // Those who came sign in (rolls under 0.8); the others were on leave or absent (rolls over it).
  closeMeeting(a, came, secretary, () => base() * 0.5, now, out)
  closeMeeting(a, away, secretary, () => 0.82 + base() * 0.18, now, out)
  a.expectedIds = members.map((m) => m._id).sort()
  return a
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const activities = (await db.find('activities', {
    type: 'generalMeeting',
    status: 'closed',
  })) as unknown as ActivityDoc[]
  const present = (await db.find('attendance', { status: 'present' })) as unknown as AttendanceDoc[]
  const came = new Set(present.map((x) => `${x.activityId}_${x.memberId}`))
  const byId = new Map(world.members.map((m) => [m._id, m]))
  const votes: VoteDoc[] = []
  const extra: MeetingRecords = { attendance: [], leaves: [], tasks: [] }
  const added: ActivityDoc[] = []
  for (const branch of world.orgs.filter((o) => o.kind === 'branch')) {
    const members = world.members.filter((m) => m.branchId === branch._id && m.status === 'active')
    const secretary = members.find((m) => m.role === 'secretary') ?? members[0]
    const presentAt = (a: ActivityDoc) => new Set(a.expectedIds.filter((id) => came.has(`${a._id}_${id}`)))
    // The latest that could decide, and where not everyone came (so that a majority of the
    // ballots can fall short of a majority of all).
    const held = activities
      .filter((a) => a.branchId === branch._id)
      .sort((x, y) => y.startAt - x.startAt)
      .map((a) => ({ a, f: figuresOf(a, presentAt(a), byId) }))
      .find(({ f }) => f.present >= moreThanHalf(f.entitled) && f.present < f.entitled)
    if (held) {
      const { a, f } = held
      votes.push(voteOf(a, 1, '关于确定两名同志为入党积极分子的决议', passing(f), f, secretary))
      if (branch._id === SHOWCASE) votes.push(voteOf(a, 2, '关于调整党小组设置的决议', shortOfAll(f), f, secretary))
    }
    if (branch._id === SHOWCASE) {
      const thin = thinMeeting(branch._id, members, secretary, now, extra)
      added.push(thin)
      const here = new Set(extra.attendance.filter((x) => x.status === 'present').map((x) => x.memberId))
      const f = figuresOf(thin, here, byId)
      const written = Math.min(2, f.entitled - f.present)
      const tally = { for: f.present + written, against: 0, abstain: 0, written }
      votes.push(voteOf(thin, 1, '关于接收赵明同志为中共预备党员的决议', tally, f, secretary))
    }
  }
  const write = (name: string, docs: object[]) => db.insertRaw(name, docs as Record<string, unknown>[])
  await write('activities', added)
  await write('attendance', extra.attendance)
  await write('leaveRequests', extra.leaves)
  await write('makeupTasks', extra.tasks)
  await write('votes', votes)
}
