/**
 * Demo 民主评议党员: last year's appraisal complete in every branch with a realistic spread (优秀
 * within a third, a few 基本合格 with their reasons, one corrected after recording), and one 不合格
 * in 水环境管理处党支部 whose 限期改正 ends in 17 days, so that the secretary's reminder and the
 * row's ⚠ show on day one. This year's is under way: 机关第一党支部 has graded about half its full
 * members (优秀 exactly at one third, so the next 优秀 brings the warning), 机关第二党支部 a few.
 * 预备党员 take part and are not graded.
 */
import { addDays, addMonths, rectificationEnd } from '../core/appraisal/rules'
import type { AppraisalGrade } from '../core/appraisal/types'
import { chinaDate } from '../core/dates'
import type { Database } from '../localcloud/db'
import type { AppraisalDoc } from '../server/actions/appraisal/model'
import { appraisalId } from '../server/actions/appraisal/model'
import type { MemberDoc } from '../server/model'
import { chinaInstant } from '../core/dates'
import type { DemoWorld } from './world'

const BASIC_REASONS = [
  '全年3次未请假缺席组织生活，经支部提醒后有所改进',
  '党费多月未按时交纳，在支部工作中发挥作用不够明显',
  '参加组织生活不够经常，批评与自我批评不够深入',
]
const UNQUALIFIED_REASON = '长期不参加组织生活，不按规定交纳党费，经支部多次教育仍无明显转变'

/** Grades for a branch's full members, in roll order: a third at most 优秀, the rest mostly 合格. */
function spread(count: number, branchIndex: number): AppraisalGrade[] {
  const excellent = Math.max(1, Math.floor(count / 3) - (branchIndex % 2))
  const basic = branchIndex % 3 === 1 ? 1 : 0
  return Array.from({ length: count }, (_, i) => {
    // The committee (first on the roll) and a few others are 优秀; 基本合格 near the end of the roll.
    if (i % 3 === 0 && i / 3 < excellent) return 'excellent'
    if (i === count - 1 - branchIndex && basic > 0) return 'basic'
    return 'qualified'
  })
}

/** One member's 民主评议 of `year`, recorded by the branch's secretary at 16:30 on `decidedOn`. */
export function aDoc(
  member: MemberDoc,
  secretary: MemberDoc | undefined,
  year: number,
  grade: AppraisalGrade,
  reason: string,
  decidedOn: string,
): AppraisalDoc {
  const at = chinaInstant(`${decidedOn} 16:30`)
  return {
    _id: appraisalId(year, member._id),
    year,
    memberId: member._id,
    memberName: member.name,
    branchId: member.branchId,
    grade,
    reason,
    decidedOn,
    recordedAt: at,
    recordedById: secretary?._id ?? null,
    recordedByName: secretary?.name ?? '书记',
    updatedAt: at,
    rectification: grade === 'unqualified' ? { endsOn: rectificationEnd(decidedOn), remindedAt: null } : null,
    contentVerdict: 'pass',
    corrections: [],
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const today = chinaDate(now)
  const year = Number(today.slice(0, 4))
  const docs: AppraisalDoc[] = []
  const branches = world.orgs.filter((o) => o.kind === 'branch')
  branches.forEach((branch, index) => {
    const roll = world.members
      .filter((m) => m.branchId === branch._id && m.status === 'active')
      .sort((a, b) => a._id.localeCompare(b._id))
    const secretary = roll.find((m) => m.role === 'secretary') ?? roll[0]
    const full = roll.filter((m) => !m.probationary)
    const lastYear = year - 1
    // Decided at the year's 民主评议 meeting in late December.
    const decidedOn = `${lastYear}-12-${String(18 + (index % 8)).padStart(2, '0')}`
    spread(full.length, index).forEach((grade, i) => {
      const member = full[i]
      const reason = grade === 'basic' ? BASIC_REASONS[index % BASIC_REASONS.length] : ''
      docs.push(aDoc(member, secretary, lastYear, grade, reason, decidedOn))
    })
    if (branch._id === 'org-b3') {
      // One 不合格 whose 限期改正 (a year) ends in 17 days.
      const member = full.filter((m) => m.role === 'member').at(-2) ?? full[full.length - 1]
      const decided = addMonths(addDays(today, 17), -12)
      const i = docs.findIndex((d) => d._id === appraisalId(lastYear, member._id))
      docs[i] = aDoc(member, secretary, lastYear, 'unqualified', UNQUALIFIED_REASON, decided)
    }
    if (branch._id === 'org-b2') {
      // Recorded 合格, corrected to 基本合格 after the 支委会 looked again.
      const member = full.filter((m) => m.role === 'member')[1]
      const i = docs.findIndex((d) => d._id === appraisalId(lastYear, member._id))
      const at = chinaInstant(`${lastYear}-12-28 10:00`)
      docs[i] = {
        ...docs[i],
        grade: 'basic',
        reason: BASIC_REASONS[1],
        updatedAt: at,
        corrections: [
          {
            at,
            byId: secretary._id,
            byName: secretary.name,
            reason: '支委会复议：全年党费欠交5个月，改为基本合格',
            before: { grade: docs[i].grade, reason: docs[i].reason, decidedOn: docs[i].decidedOn },
          },
        ],
      }
    }
    // This year's, under way in two branches, decided in the last few days.
    const share = branch._id === 'org-b1' ? 0.5 : branch._id === 'org-b2' ? 0.25 : 0
    if (share > 0) {
      const decided = addDays(today, -3) < `${year}-01-01` ? today : addDays(today, -3)
      const graded = full.slice(0, Math.floor(full.length * share))
      const limit = Math.floor(full.length / 3)
      graded.forEach((member, i) => {
        const grade: AppraisalGrade = i < limit && i % 2 === 0 ? 'excellent' : 'qualified'
        docs.push(aDoc(member, secretary, year, grade, '', decided))
      })
      // 机关第一党支部: 优秀 exactly at one third — the next 优秀 brings the warning.
      if (branch._id === 'org-b1') {
        let excellent = docs.filter(
          (d) => d.year === year && d.branchId === branch._id && d.grade === 'excellent',
        ).length
        for (const d of docs.filter((x) => x.year === year && x.branchId === branch._id && x.grade === 'qualified')) {
          if (excellent >= limit) break
          d.grade = 'excellent'
          excellent += 1
        }
      }
    }
  })
  await db.insertRaw('appraisals', docs as unknown as Record<string, unknown>[])
}
