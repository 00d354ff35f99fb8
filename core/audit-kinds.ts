/**
 * Every kind of officer's change the audit log records, in words, grouped as an inspector asks
 * for them (党费, 补签, 请假, 补学, 活动, 通知 …). A test checks that every kind the server writes
 * is listed here, so the log's filters never miss one.
 */
export interface AuditGroup {
  value: string
  label: string
  kinds: Record<string, string>
}

export const AUDIT_GROUPS: AuditGroup[] = [
  {
    value: 'roster',
    label: '名册与组织',
    kinds: {
      'roster.import': '名册导入',
      'member.update': '修改党员',
      'member.appoint': '任免',
      'member.move': '组织关系转接',
      'member.left': '标记离开',
      'binding.issue': '发绑定码',
      'binding.revoke': '解除绑定',
      'org.create': '新建组织',
      'org.rename': '组织改名',
    },
  },
  {
    value: 'dues',
    label: '党费',
    kinds: {
      'dues.amounts': '确认党费金额',
      'dues.confirm': '确认缴费',
      'dues.reject': '退回缴费报告',
      'dues.record': '登记当面缴费',
      'dues.correct': '更正缴费',
      'dues.settings': '党费设置',
    },
  },
  { value: 'markPresent', label: '补签', kinds: { 'attendance.markPresent': '补签' } },
  { value: 'leave', label: '请假', kinds: { 'leave.decide': '审批请假' } },
  { value: 'makeup', label: '补学', kinds: { 'makeup.review': '审核补学', 'makeup.offline': '登记线下补学' } },
  {
    value: 'activity',
    label: '活动',
    kinds: {
      'activity.create': '新建活动',
      'activity.publish': '发布活动',
      'activity.update': '修改活动',
      'activity.cancel': '取消活动',
      'activity.close': '结束活动',
      'schedule.set': '设置固定活动日',
    },
  },
  {
    value: 'notice',
    label: '通知',
    kinds: { 'notice.publish': '发布通知', 'notice.remind': '提醒未读', 'notice.review': '复核通知' },
  },
  {
    value: 'study',
    label: '学习资料',
    kinds: { 'studyItem.add': '添加学习资料', 'studyItem.edit': '修改学习资料', 'studyItem.retire': '停用学习资料' },
  },
  { value: 'export', label: '导出', kinds: { 'attendance.export': '导出台账' } },
  {
    value: 'minutes',
    label: '会议记录',
    kinds: {
      'minutes.save': '保存会议记录草稿',
      'minutes.confirm': '确认会议记录',
      'minutes.amend': '修改会议记录',
    },
  },
  {
    value: 'appraisal',
    label: '民主评议',
    kinds: { 'appraisal.record': '记录民主评议等次', 'appraisal.correct': '修改民主评议等次' },
  },
  {
    value: 'vote',
    label: '表决',
    kinds: { 'vote.record': '录入表决结果', 'vote.correct': '更正表决票数' },
  },
  {
    value: 'proxy',
    label: '代为记录',
    kinds: {
      'proxy.grant': '允许代为记录',
      'proxy.withdraw': '撤回代为记录',
      'proxy.end': '代为记录随调动或离开结束',
      'proxy.signIn': '代为签到',
      'proxy.checkIn': '代记学习',
      'proxy.makeup': '代写补学心得',
    },
  },
  {
    value: 'talk',
    label: '谈心谈话',
    kinds: {
      'talk.record': '记录谈心谈话',
      'talk.correct': '更正谈心谈话',
      'talk.withdraw': '撤回谈心谈话',
      'talk.setting': '谈心谈话计入类别',
    },
  },
  {
    value: 'orglife',
    label: '组织生活会',
    kinds: {
      'orglife.tick': '组织生活会会前准备',
      'orglife.addItem': '新增整改事项',
      'orglife.updateItem': '修改整改事项',
      'orglife.closeItem': '整改事项完成',
      'orglife.withdrawItem': '撤销整改事项',
    },
  },
  {
    value: 'develop',
    label: '党员发展',
    kinds: {
      'develop.add': '新增入党申请人',
      'develop.record': '记录发展步骤',
      'develop.tick': '发展材料清单',
      'develop.extend': '延长预备期',
      'develop.archive': '停止培养',
      'develop.admit': '接收预备党员列入名册',
      'develop.full': '预备党员转正',
    },
  },
  {
    value: 'transfer',
    label: '组织关系',
    kinds: {
      'transfer.start': '提请组织关系转出',
      'transfer.cancel': '撤销组织关系转出',
      'transfer.issue': '开具组织关系介绍信',
      'transfer.receipt': '收到组织关系回执',
      'transfer.arrive': '组织关系转入报到',
      'transfer.setting': '组织关系与党内统计设置',
      'absence.add': '登记党员外出',
      'absence.end': '党员外出返回',
      'touch.record': '联系失去联系的党员',
    },
  },
  {
    value: 'quiz',
    label: '知识测试',
    kinds: {
      'quiz.saveQuestion': '新增或修改题目',
      'quiz.retireQuestion': '停用题目',
      'quiz.import': '导入题库',
      'quiz.publish': '发布知识测试',
    },
  },
]

export const AUDIT_KIND_LABELS: Record<string, string> = Object.assign({}, ...AUDIT_GROUPS.map((g) => g.kinds))

export function auditKindsOf(group: string): string[] {
  return Object.keys(AUDIT_GROUPS.find((g) => g.value === group)?.kinds ?? {})
}

/** A domain of the log's filter: some groups of kinds under one folded header. */
export interface AuditDomain {
  label: string
  groups: AuditGroup[]
}

/** The groups each domain holds, by value; a group added later and not named here goes under 其他. */
const DOMAIN_GROUPS: Array<{ label: string; groups: string[] }> = [
  { label: '活动与考勤', groups: ['activity', 'markPresent', 'leave', 'makeup', 'proxy', 'export'] },
  { label: '党费', groups: ['dues'] },
  { label: '通知与学习', groups: ['notice', 'study', 'quiz'] },
  { label: '组织生活', groups: ['minutes', 'orglife', 'appraisal', 'vote', 'talk'] },
  { label: '党员队伍', groups: ['develop', 'transfer'] },
  { label: '名册', groups: ['roster'] },
]

/**
 * The log's filter as a few domains (活动与考勤, 党费, 通知与学习, 组织生活, 党员队伍, 名册),
 * each with its groups in AUDIT_GROUPS' order; every group stands in exactly one, the rest under 其他.
 */
export function auditDomains(groups: AuditGroup[] = AUDIT_GROUPS): AuditDomain[] {
  const named = new Set(DOMAIN_GROUPS.flatMap((d) => d.groups))
  const domains = DOMAIN_GROUPS.map((d) => ({
    label: d.label,
    groups: groups.filter((g) => d.groups.includes(g.value)),
  }))
  domains.push({ label: '其他', groups: groups.filter((g) => !named.has(g.value)) })
  return domains.filter((d) => d.groups.length > 0)
}
