/**
 * The audit log's vocabulary: which fields name people or organisations by id, which never show,
 * each field's label, and the words for each domain's statuses, kinds and a few shared values.
 * core/audit-words.ts puts an entry's before → after into lines with them.
 */
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  LEAVE_STATUS_LABELS,
  MAKEUP_STATUS_LABELS,
} from './activity/types'
import { ORG_KIND_LABELS } from './contract/org-labels'
import { STUDY_KIND_LABELS } from './contract/study-labels'
import { MINUTES_FIELD_LABELS, MINUTES_STATUS_LABELS } from './minutes/types'
import { TALK_STATUS_LABELS } from './talk/labels'
import { RECTIFY_STATE_LABELS } from './orglife/labels'
import { ABSENCE_KIND_LABELS, LEAVE_KIND_LABELS, TRANSFER_STATE_LABELS } from './transfer/labels'
import { QUESTION_STATUS_LABELS } from './quiz/labels'

/** Keys holding one id or a list of ids of members or organisations, resolved through `AuditNames`. */
export const ID_FIELDS: Record<string, string> = {
  branchId: '支部',
  toBranchId: '转入支部',
  parentId: '上级组织',
  groupId: '党小组',
  memberId: '党员',
  hostId: '主持人',
  recorderId: '记录人',
  partnerId: '谈话对象',
  treasurerIds: '收缴人',
  branches: '支部',
}

/** Never shown: storage paths, internal ids and bookkeeping times the entry's own time already says. */
export const HIDDEN = new Set([
  '_id',
  'id',
  'cloudPath',
  'fileID',
  'receiptFileID',
  'paymentId',
  'correctionId',
  'recurrence',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'updatedById',
])

export const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  role: '身份',
  duty: '支委分工',
  joinDate: '入党日期',
  probationary: '预备党员',
  duesCategory: '党费类别',
  category: '党费类别',
  duesBaseFen: '党费基数',
  base: '党费基数',
  monthlyFen: '每月党费',
  effectiveFrom: '起始月份',
  reduction: '减免',
  status: '状态',
  bound: '已绑定微信',
  boundAt: '绑定时间',
  expiresAt: '有效至',
  count: '人数',
  names: '名单',
  date: '日期',
  day: '日期',
  reason: '原因',
  decisionReason: '审批意见',
  comment: '审核意见',
  note: '说明',
  kind: '类型',
  type: '活动类型',
  title: '标题',
  startTime: '开始时间',
  endTime: '结束时间',
  place: '地点',
  geofence: '签到范围',
  agenda: '议程',
  materials: '材料',
  expected: '应参加',
  expectedCount: '应参加人数',
  contentVerdict: '内容安全检查',
  counts: '出勤',
  method: '方式',
  at: '时间',
  audience: '发送范围',
  recipients: '收到人数',
  unread: '未读人数',
  pushes: '微信推送',
  months: '月份',
  amountFen: '金额',
  collectionDay: '收缴日',
  prepayLimit: '最多预缴',
  farmerFen: '农民党员每月党费',
  recurrenceText: '时间',
  active: '启用',
  link: '链接',
  period: '学习时段',
  relation: '关系',
  proxy: '代记人',
  minutes: '学习时长',
  fileName: '文件名',
  sizeBytes: '文件大小',
  ...MINUTES_FIELD_LABELS,
  partner: '谈话对象',
  notesChanged: '谈话要点有改动',
  kinds: '计入类别',
  item: '整改事项',
  owner: '责任人',
  dueOn: '完成时限',
  closeNote: '完成情况',
  opinions: '征求意见',
  checkMaterials: '对照检查材料已准备',
  step: '步骤',
  vote: '表决',
  courseDays: '培训天数',
  courseHours: '培训学时',
  document: '材料',
  done: '已齐',
  probationEnd: '预备期至',
  fullSince: '党龄起算',
  extendMonths: '延长月数',
  destination: '转往的党组织',
  from: '转出的党组织',
  letterNo: '介绍信编号',
  validDays: '有效期',
  validUntil: '有效期至',
  duesPaidThrough: '党费交至',
  receivedOn: '回执日期',
  fromOn: '外出日期',
  returnOn: '预计返回日期',
  returnedOn: '返回日期',
  way: '联系方式',
  on: '联系日期',
  sex: '统计性别',
  education: '统计学历',
  stem: '题干',
  options: '选项',
  correctAnswer: '正确答案',
  source: '出处',
  quizTopics: '专题',
  questionCount: '题目数量',
  openPeriod: '开放时间',
  stems: '题目',
}

export const STATUS_BY_DOMAIN: Record<string, Record<string, string>> = {
  activity: ACTIVITY_STATUS_LABELS,
  leave: LEAVE_STATUS_LABELS,
  makeup: MAKEUP_STATUS_LABELS,
  attendance: { present: '已签到', leave: '请假', absent: '缺席' },
  member: { active: '在册', left: '已离开' },
  org: { active: '在用', archived: '已撤销' },
  dues: { reported: '已报告，待确认', confirmed: '已确认', rejected: '已退回' },
  notice: { published: '已发布', held: '待机关党委复核', rejected: '未通过复核' },
  studyItem: { active: '在用', retired: '已停用' },
  minutes: MINUTES_STATUS_LABELS,
  talk: TALK_STATUS_LABELS,
  orglife: RECTIFY_STATE_LABELS,
  develop: { active: '培养中', done: '已转正归档', archived: '已停止培养' },
  transfer: TRANSFER_STATE_LABELS,
  absence: { away: '外出中', returned: '已返回' },
  quiz: QUESTION_STATUS_LABELS,
  proxy: { active: '有效', withdrawn: '已撤回', ended: '已结束', ...MAKEUP_STATUS_LABELS, present: '已签到' },
}

const SCHEDULE_KIND_LABELS: Record<string, string> = {
  studyDay: ACTIVITY_TYPE_LABELS.studyDay,
  activityDay: ACTIVITY_TYPE_LABELS.activityDay,
}

export const KIND_BY_DOMAIN: Record<string, Record<string, string>> = {
  org: ORG_KIND_LABELS,
  studyItem: STUDY_KIND_LABELS,
  schedule: SCHEDULE_KIND_LABELS,
  dues: { reduced: '减交', exempt: '免交' },
  member: LEAVE_KIND_LABELS,
  absence: ABSENCE_KIND_LABELS,
}

export const VERDICT_LABELS: Record<string, string> = { pass: '通过', review: '需人工复核' }
export const RELATION_LABELS: Record<string, string> = { family: '家属', committee: '支委' }
export const COUNT_LABELS: Array<[string, string]> = [
  ['expected', '应到'],
  ['present', '签到'],
  ['onLeave', '请假'],
  ['absent', '缺席'],
]
