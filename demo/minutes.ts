/**
 * Demo 会议记录: the branches' held meetings carry minutes as a secretary keeps them — older ones
 * confirmed (主持人 the secretary or the 党小组's first member, 记录人 the 组织委员), the latest of
 * each branch still a draft or not yet written, and in 机关第一党支部 the latest branch-wide
 * meeting's minutes amended once after confirmation (a resolution added, with its reason). No
 * photos or attachments: the demo has no files in cloud storage to point at.
 */
import type { ActivityType } from '../core/activity/types'
import { takesMinutes } from '../core/minutes/types'
import type { ActivityDoc, AttendanceDoc } from '../server/actions/activity/model'
import type { MinutesDoc } from '../server/actions/minutes/model'
import type { MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import type { DemoWorld } from './world'

const DAY = 24 * 3600_000

interface Written {
  topics: string
  summary: string
  resolutions: string
}

/** What was said, by the meeting's kind, with the people who spoke and the month it was held. */
function writtenFor(type: ActivityType, month: number, host: string, speakers: string[]): Written {
  const [a = host, b = host, c = host] = speakers
  switch (type) {
    case 'committeeMeeting':
      return {
        topics: `1. 传达学习上级有关会议精神\n2. 研究${month}月党员集中活动日和固定学习日安排\n3. 通报党费收缴情况，研究发展党员工作`,
        summary:
          `${host}传达了局机关党委近期工作会议精神，要求支委带头抓好理论学习，把党建工作和生态环境保护业务工作一起谋划。` +
          `${a}汇报了本月党费收缴情况，个别同志尚未缴纳，会后逐一提醒。` +
          `${b}介绍了入党积极分子的培养考察情况，建议按期开展谈话。`,
        resolutions: `1. ${month}月党员集中活动日以“学习贯彻生态文明思想”为主题，由宣传委员准备学习材料。\n2. 由组织委员提醒未缴党费的同志按时缴纳。`,
      }
    case 'groupMeeting':
      return {
        topics: `1. 集中学习《中国共产党支部工作条例（试行）》有关章节\n2. 结合本处室${month}月工作交流学习体会`,
        summary:
          `${host}领学了支部工作条例第三章。${a}结合执法检查工作谈了体会，认为要把纪律要求落实到每一次现场检查中。` +
          `${b}谈到监测数据质量关系群众切身利益，要以钉钉子精神抓好数据审核。`,
        resolutions: '',
      }
    case 'generalMeeting':
      return {
        topics: '1. 支部书记通报本季度支部工作\n2. 讨论确定入党积极分子\n3. 部署下季度重点工作',
        summary:
          `${host}通报了本季度“三会一课”开展、党费收缴和学习情况，指出个别同志补学不够及时。` +
          `${a}介绍了入党申请人的培养情况，与会党员逐一发表意见。` +
          `${b}、${c}分别就落实河湖长制和大气污染防治攻坚谈了下一步打算。`,
        resolutions:
          '1. 经与会党员讨论，同意确定两名同志为入党积极分子，报机关党委备案。\n2. 下季度每月组织一次专题学习。',
      }
    case 'partyLecture':
      return {
        topics: '书记讲党课：以高品质生态环境支撑高质量发展',
        summary:
          `${host}围绕生态文明建设的重要论述讲了专题党课，结合本局近三年水、气环境质量的变化讲了党员干部的责任。` +
          `${a}、${b}在交流中谈了听课体会。`,
        resolutions: '党课讲稿印发各党小组，作为下月党小组学习材料。',
      }
    case 'lifeMeeting':
      return {
        topics: '1. 通报上年度组织生活会整改落实情况\n2. 支部班子对照检查\n3. 党员开展批评和自我批评',
        summary:
          `${host}代表支部班子作对照检查发言，查摆了理论学习不够深入等问题。` +
          `${a}、${b}、${c}等同志逐一发言，开展批评和自我批评，意见具体、诚恳。`,
        resolutions: '会后梳理问题，形成整改清单，明确责任人和完成时限。',
      }
    case 'democraticReview':
      return {
        topics: '1. 党员个人总结\n2. 党员互评\n3. 支部综合评定',
        summary: `${host}说明了民主评议的程序和要求。与会党员逐一进行个人总结，${a}、${b}等同志作了互评发言。`,
        resolutions: '按照评议情况，由支委会提出评定意见，报机关党委。',
      }
    default:
      return {
        topics: '1. 重温入党誓词\n2. 集中学习\n3. 交流发言',
        summary: `${host}领誓，全体党员重温入党誓词。${a}、${b}交流了学习体会。`,
        resolutions: '',
      }
  }
}

/** One meeting's minutes: drafted the day after, confirmed the day after that (never after now). */
function minutesOf(
  a: ActivityDoc,
  status: MinutesDoc['status'],
  people: { host: MemberDoc; recorder: MemberDoc; secretary: MemberDoc; speakers: string[] },
  now: number,
): MinutesDoc {
  const closedAt = a.closedAt ?? a.endAt
  const createdAt = Math.min(closedAt + DAY, now - 2 * 3600_000)
  const confirmedAt = Math.min(closedAt + 2 * DAY, now - 3600_000)
  const written = writtenFor(a.type, Number(a.month.slice(5, 7)), people.host.name, people.speakers)
  const confirmed = status === 'confirmed'
  return {
    _id: a._id,
    activityId: a._id,
    branchId: a.branchId,
    status,
    hostId: people.host._id,
    recorderId: people.recorder._id,
    ...written,
    photos: [],
    attachments: [],
    createdAt,
    createdById: people.recorder._id,
    updatedAt: createdAt,
    updatedById: people.recorder._id,
    updatedByName: people.recorder.name,
    confirmedAt: confirmed ? confirmedAt : null,
    confirmedById: confirmed ? people.secretary._id : null,
    confirmedByName: confirmed ? people.secretary.name : null,
    contentVerdict: 'pass',
    amendments: [],
  }
}

/** A resolution left out and added after confirmation, with what the field held before. */
function amend(doc: MinutesDoc, secretary: MemberDoc, now: number): void {
  const at = Math.min((doc.confirmedAt ?? doc.updatedAt) + 3 * DAY, now - 1800_000)
  const before = doc.resolutions
  doc.resolutions = `${before}\n3. 支部党员到社区开展一次生态环境保护志愿服务，由组织委员牵头。`
  doc.updatedAt = at
  doc.updatedById = secretary._id
  doc.updatedByName = secretary.name
  doc.amendments.push({
    at,
    byId: secretary._id,
    byName: secretary.name,
    reason: '补充会上议定、记录时遗漏的一项决议',
    before: { resolutions: before },
    fields: ['resolutions'],
  })
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const activities = (await db.find('activities', {})) as unknown as ActivityDoc[]
  const attendance = (await db.find('attendance', { status: 'present' })) as unknown as AttendanceDoc[]
  const came = new Set(attendance.map((x) => `${x.activityId}_${x.memberId}`))
  const held = activities
    .filter((a) => a.status === 'closed' && takesMinutes(a.type))
    .sort((x, y) => y.startAt - x.startAt)
  const docs: MinutesDoc[] = []
  world.orgs
    .filter((o) => o.kind === 'branch')
    .forEach((branch, index) => {
      const members = world.members.filter((m) => m.branchId === branch._id && m.status === 'active')
      const secretary = members.find((m) => m.role === 'secretary') ?? members[0]
      const own = held.filter((a) => a.branchId === branch._id)
      // The newest meeting not yet written up: in 机关第一党支部 a branch-wide or group one, so
      // that the secretary can write it and its members read it; elsewhere every other branch.
      const unwritten =
        branch._id === 'org-b1' ? own.find((a) => a.type !== 'committeeMeeting') : index % 2 === 0 ? own[0] : undefined
      const draft = own.find((a) => a !== unwritten)
      let amended = branch._id !== 'org-b1'
      for (const a of own) {
        if (a === unwritten) continue
        // Only those who came host, record and speak.
        const present = members.filter((m) => came.has(`${a._id}_${m._id}`))
        const chair =
          a.type === 'groupMeeting' ? present.find((m) => m.role !== 'member') : present.find((m) => m === secretary)
        const host = chair ?? present[0] ?? secretary
        // A meeting few came to: its host writes it up.
        const recorder =
          present.find((m) => m.duty === '组织委员' && m !== host) ?? present.find((m) => m !== host) ?? host
        const speakers = present.filter((m) => m !== host && m !== recorder).map((m) => m.name)
        const shift = Math.floor(a.startAt / DAY) % Math.max(speakers.length - 2, 1)
        const doc = minutesOf(
          a,
          a === draft ? 'draft' : 'confirmed',
          { host, recorder, secretary, speakers: speakers.slice(shift, shift + 3) },
          now,
        )
        if (!amended && doc.status === 'confirmed' && (a.type === 'generalMeeting' || a.type === 'partyLecture')) {
          amend(doc, secretary, now)
          amended = true
        }
        docs.push(doc)
      }
    })
  await db.insertRaw('minutes', docs as unknown as Record<string, unknown>[])
}
