/**
 * Records planted beside the test world's, for callers who have no business with some of them:
 * branch B's activity, notice, reading item, group, export, a payment and a study entry of B's
 * member; branch A's own notice, item, group and export; and the personal records of A's other
 * people (member A2's leave, attendance, 补学 and study entry on an activity A1 also attends; the
 * party office officer's payment). Every text carries a secret word of its kind, so an answer
 * that shows a record it should not is caught by a plain search.
 */
import { chinaDate } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { ExportDoc } from '../../server/actions/attendance/exports'
import type { AttendanceDoc } from '../../server/actions/activity/model'
import { aLeave, aMakeupTask, insertActivity, insertActivityTomorrow, insertDocs } from '../helpers/activity-mothers'
import { asAdmin, asMember, asSecretary, WORLD, type Actor } from '../helpers/cloud'
import { anOrg } from '../helpers/mothers'
import { aStudyItem } from '../helpers/study-mothers'
import { thisMonth, WORLD_MONTHLY_FEN } from '../helpers/dues-mothers'
import { aPaper, aQuestion } from '../helpers/quiz-mothers'
import type { ForeignIds } from './values'

/** In every record of branch B. */
export const SECRET_B = 'SECRET-B-乙支部'
/** In the personal records of branch A's people other than member A1. */
export const SECRET_PEER = 'SECRET-PEER-同事'
/** In branch A's shared records (A's members may see them; B's secretary may not). */
export const SECRET_A = 'SECRET-BRANCH-甲支部'

export interface Planted {
  /** Branch B's records by the kind `docId(label)` names. */
  branchB: ForeignIds
  /** Branch A's records (its people's included), by kind. */
  branchA: ForeignIds
  /** Personal records of A's other people that member A1 could guess or copy. */
  peers: ForeignIds
  /** Member A1's own, for inputs that are otherwise valid. */
  memberA1: ForeignIds
}

async function report(who: Actor, secret: string): Promise<string> {
  const view = await who.ok('member', 'dues.report', {
    months: [thisMonth()],
    amountFen: WORLD_MONTHLY_FEN,
    method: 'wechat',
    note: `${secret}缴费备注`,
  })
  return view.payments[0].id
}

async function entry(who: Actor, secret: string): Promise<string> {
  return (await who.ok('member', 'study.checkIn', { title: `${secret}学习内容` })).id
}

function anExportDoc(id: string, branchId: string, secret: string, now: number): ExportDoc {
  return {
    _id: id,
    kind: 'branchYear',
    branchId,
    scopeName: `${secret}支部`,
    year: Number(thisMonth().slice(0, 4)),
    fileName: `${secret}.xlsx`,
    sizeBytes: 1,
    createdAt: now,
    byName: '书记',
    byId: null,
    byOpenid: 'x',
    fileID: `cloud://local.bucket/exports/${id}.xlsx`,
    cloudPath: `exports/${id}.xlsx`,
  }
}

/** Branch A's activity tomorrow, with A2's leave, attendance and 补学 on it (ids `${activityId}_${memberId}`). */
async function peerRecords(cloud: LocalCloud): Promise<{ activityId: string; recordId: string }> {
  const shared = await insertActivityTomorrow(cloud, { _id: 'act-a-shared', agenda: SECRET_A })
  const recordId = `${shared._id}_${WORLD.memberA2}`
  const attendance: AttendanceDoc = {
    _id: recordId,
    activityId: shared._id,
    branchId: WORLD.branchA,
    memberId: WORLD.memberA2,
    month: shared.month,
    startAt: shared.startAt,
    status: 'present',
    method: 'manual',
    at: shared.startAt,
    source: 'officer',
    byId: WORLD.secretaryA,
    byName: '甲书记',
    reason: `${SECRET_PEER}补签理由`,
    distanceM: null,
    history: [],
    createdAt: shared.startAt,
    updatedAt: shared.startAt,
  }
  await insertDocs(cloud, 'attendance', [attendance])
  await insertDocs(cloud, 'leaveRequests', [aLeave(shared, WORLD.memberA2, { reason: `${SECRET_PEER}请假事由` })])
  await insertDocs(cloud, 'makeupTasks', [
    aMakeupTask(shared, WORLD.memberA2, { status: 'submitted', reflection: `${SECRET_PEER}补学心得` }),
  ])
  return { activityId: shared._id, recordId }
}

/** A talk the member records with a partner of their branch, its notes carrying the secret. */
async function talk(cloud: LocalCloud, who: Actor, partnerId: string, secret: string): Promise<string> {
  const page = await who.ok('member', 'talk.record', {
    partnerId,
    // Today: the answer lists this year's talks, and yesterday may be last year.
    date: chinaDate(cloud.clock.now()),
    notes: `${secret}谈话要点`,
  })
  return page.talks[0]!.id
}

/** Plants the records; call after seedWorld. */
export async function plantRecords(cloud: LocalCloud): Promise<Planted> {
  const now = cloud.clock.now()
  await insertActivity(cloud, {
    _id: 'act-b',
    branchId: WORLD.branchB,
    title: `${SECRET_B}活动`,
    agenda: SECRET_B,
    expectedIds: [WORLD.memberB1, WORLD.secretaryB].sort(),
    startAt: now - 10 * 60_000,
    endAt: now + 2 * 3600_000,
  })
  const peer = await peerRecords(cloud)
  await insertDocs(cloud, 'orgs', [
    anOrg({ _id: 'org-tb-group', kind: 'group', name: `${SECRET_B}小组`, parentId: WORLD.branchB }),
    anOrg({ _id: 'org-ta-group', kind: 'group', name: `${SECRET_A}小组`, parentId: WORLD.branchA }),
  ])
  await insertDocs(cloud, 'studyItems', [
    aStudyItem({ _id: 'item-b', scope: 'branch', branchId: WORLD.branchB, title: `${SECRET_B}书目` }),
    aStudyItem({ _id: 'item-a', scope: 'branch', branchId: WORLD.branchA, title: `${SECRET_A}书目` }),
  ])
  await insertDocs(cloud, 'attendanceExports', [
    anExportDoc('export-b', WORLD.branchB, SECRET_B, now),
    anExportDoc('export-a', WORLD.branchA, SECRET_A, now),
  ])
  const notice = async (branch: 'A' | 'B', secret: string) =>
    (await asSecretary(cloud, branch).ok('secretary', 'notice.publish', { title: `${secret}通知`, body: secret })).id
  const noticeB = await notice('B', SECRET_B)
  const noticeA = await notice('A', SECRET_A)
  const paymentOffice = await report(asAdmin(cloud), SECRET_PEER)
  const paymentB1 = await report(asMember(cloud, WORLD.memberB1), SECRET_B)
  const entryA2 = await entry(asMember(cloud, WORLD.memberA2), SECRET_PEER)
  const entryB1 = await entry(asMember(cloud, WORLD.memberB1), SECRET_B)
  const entryA1 = await entry(asMember(cloud, WORLD.memberA1), '甲党员一自己的')
  // A 支委 of each branch records for one of its members (member A1 records for 甲未绑定 in the matrix).
  const link = async (branch: 'A' | 'B', elderId: string, proxyId: string) =>
    (
      await asSecretary(cloud, branch).ok('secretary', 'proxy.grant', {
        elderId,
        proxyId,
        relation: 'committee',
        note: '',
        reason: `${branch === 'A' ? SECRET_A : SECRET_B}代记理由`,
      })
    ).id
  const talkA = await talk(cloud, asMember(cloud, WORLD.memberA2), WORLD.secretaryA, SECRET_PEER)
  const talkA1 = await talk(cloud, asMember(cloud, WORLD.memberA1), WORLD.memberA2, '甲党员一自己的')
  const talkB = await talk(cloud, asMember(cloud, WORLD.memberB1), WORLD.secretaryB, SECRET_B)
  await insertDocs(cloud, 'rectifyItems', [
    {
      _id: 'rect-a',
      activityId: peer.activityId,
      branchId: WORLD.branchA,
      text: `${SECRET_A}整改`,
      ownerId: WORLD.memberA2,
      ownerName: '甲党员二',
      dueOn: '2099-12-31',
      state: 'notStarted',
      note: '',
      contentVerdict: 'pass',
      createdAt: now,
      createdById: null,
      updatedAt: now,
      closedAt: null,
      closedById: null,
      closedByName: '',
      overdueRemindedAt: null,
    },
    {
      _id: 'rect-b',
      activityId: 'act-b',
      branchId: WORLD.branchB,
      text: `${SECRET_B}整改`,
      ownerId: WORLD.memberB1,
      ownerName: '乙党员一',
      dueOn: '2099-12-31',
      state: 'notStarted',
      note: '',
      contentVerdict: 'pass',
      createdAt: now,
      createdById: null,
      updatedAt: now,
      closedAt: null,
      closedById: null,
      closedByName: '',
      overdueRemindedAt: null,
    },
  ])
  const transfer = (id: string, branchId: string, memberId: string, secret: string) => ({
    _id: id,
    direction: 'out',
    memberId,
    memberName: `${secret}党员`,
    branchId,
    other: `${secret}转往单位`,
    reason: `${secret}转出原因`,
    state: 'requested',
    requestedAt: now,
    requestedById: null,
    requestedByName: '书记',
    letter: null,
    receipt: null,
    cancel: null,
    receiptRemindedAt: null,
    arrival: null,
  })
  await insertDocs(cloud, 'transfers', [
    transfer('tr-b', WORLD.branchB, WORLD.memberB1, SECRET_B),
    transfer('tr-a', WORLD.branchA, WORLD.unboundA, SECRET_A),
  ])
  const absence = (id: string, branchId: string, memberId: string, secret: string) => ({
    _id: id,
    memberId,
    memberName: `${secret}党员`,
    branchId,
    kind: 'study',
    place: `${secret}外出去向`,
    fromOn: chinaDate(now),
    returnOn: chinaDate(now + 30 * 86_400_000),
    state: 'away',
    returnedOn: null,
    createdAt: now,
    createdByName: '书记',
  })
  await insertDocs(cloud, 'absences', [
    absence('abs-b', WORLD.branchB, WORLD.memberB1, SECRET_B),
    absence('abs-a', WORLD.branchA, WORLD.unboundA, SECRET_A),
  ])
  // Each branch's own question and paper (知识测试), their words carrying the secret.
  const question = (id: string, branchId: string, secret: string) =>
    aQuestion({ _id: id, branchId, stem: `${secret}题干`, explanation: `${secret}解析` })
  await insertDocs(cloud, 'quizQuestions', [
    question('qq-b', WORLD.branchB, SECRET_B),
    question('qq-a', WORLD.branchA, SECRET_A),
  ])
  const paper = (id: string, branchId: string, secret: string) =>
    aPaper(cloud, {
      _id: id,
      scope: 'branch',
      branchId,
      title: `${secret}测试`,
      questions: [{ ...question(`q${id}`, branchId, secret), id: id === 'qp-b' ? 'qq-b' : 'qq-a' }],
    })
  await insertDocs(cloud, 'quizPapers', [
    paper('qp-b', WORLD.branchB, SECRET_B),
    paper('qp-a', WORLD.branchA, SECRET_A),
  ])
  const linkA = await link('A', WORLD.memberA2, WORLD.secretaryA)
  const linkB = await link('B', WORLD.memberB1, WORLD.secretaryB)
  // A motion of each branch's 支部党员大会 (branch B's on its activity, A's on the shared one).
  const motion = (id: string, activityId: string, branchId: string, secret: string) => ({
    _id: id,
    activityId,
    branchId,
    title: `${secret}表决事项`,
    tally: { for: 1, against: 0, abstain: 0, written: 0 },
    figures: { entitled: 2, present: 1, probationary: 0 },
    subject: null,
    recordedAt: now,
    recordedById: null,
    recordedByName: '书记',
    updatedAt: now,
    contentVerdict: 'pass',
    corrections: [],
  })
  await insertDocs(cloud, 'votes', [
    motion('vote-b', 'act-b', WORLD.branchB, SECRET_B),
    motion('vote-a', peer.activityId, WORLD.branchA, SECRET_A),
  ])
  // A person in 党员发展's pipeline in each branch (their secretary and the office only).
  const person = (id: string, branchId: string, secret: string) => ({
    _id: id,
    name: `${secret}申请人`,
    branchId,
    status: 'active',
    steps: { apply: { day: chinaDate(now), at: now, byId: null, byName: '书记', key: `k-${id}` } },
    reviews: [],
    extension: null,
    docs: {},
    memberId: null,
    reminded: [],
    archived: null,
    createdAt: now,
    updatedAt: now,
  })
  await insertDocs(cloud, 'developCandidates', [
    person('dev-b', WORLD.branchB, SECRET_B),
    person('dev-a', WORLD.branchA, SECRET_A),
  ])
  const peopleB = [WORLD.memberB1, WORLD.secretaryB]
  const peopleA = [WORLD.memberA1, WORLD.memberA2, WORLD.unboundA]
  const byBranch = (branch: string, people: string[], ids: Record<string, string[]>): ForeignIds => ({
    支部: [branch],
    转入支部: [branch],
    上级组织: [branch],
    组织: [branch],
    党员: people,
    收缴人: people,
    操作人: people,
    代记人: people,
    主持人: people,
    记录人: people,
    谈话对象: people,
    责任人: people,
    ...ids,
  })
  return {
    branchB: byBranch(WORLD.branchB, peopleB, {
      活动: ['act-b'],
      党小组: ['org-tb-group'],
      通知: [noticeB],
      学习记录: [entryB1],
      学习资料: ['item-b'],
      缴费记录: [paymentB1],
      导出文件: ['export-b'],
      代记授权: [linkB],
      表决事项: ['vote-b'],
      谈话记录: [talkB],
      整改事项: ['rect-b'],
      发展对象: ['dev-b'],
      表决: ['vote-b'],
      转接记录: ['tr-b'],
      外出记录: ['abs-b'],
      测试: ['qp-b'],
      题目: ['qq-b'],
    }),
    branchA: byBranch(WORLD.branchA, peopleA, {
      活动: [peer.activityId],
      党小组: ['org-ta-group'],
      通知: [noticeA],
      学习记录: [entryA2],
      学习资料: ['item-a'],
      缴费记录: [paymentOffice],
      导出文件: ['export-a'],
      代记授权: [linkA],
      表决事项: ['vote-a'],
      谈话记录: [talkA],
      整改事项: ['rect-a'],
      发展对象: ['dev-a'],
      表决: ['vote-a'],
      转接记录: ['tr-a'],
      外出记录: ['abs-a'],
      测试: ['qp-a'],
      题目: ['qq-a'],
    }),
    peers: {
      活动: [peer.recordId],
      学习记录: [entryA2],
      党员: [WORLD.memberA2],
      缴费记录: [paymentOffice],
      谈话记录: [talkA],
    },
    memberA1: {
      活动: [peer.activityId],
      学习记录: [entryA1],
      通知: [noticeA],
      学习资料: ['item-a'],
      党员: [WORLD.unboundA],
      谈话对象: [WORLD.memberA2],
      谈话记录: [talkA1],
      测试: ['qp-a'],
      题目: ['qq-a'],
    },
  }
}

/** Every id of the planted records that branch A's member A1 may not open: B's, and A's other people's. */
export function foreignToMemberA1(planted: Planted): ForeignIds {
  const out: ForeignIds = { ...planted.branchB }
  for (const [kind, ids] of Object.entries(planted.peers)) out[kind] = [...(out[kind] ?? []), ...ids]
  return out
}
