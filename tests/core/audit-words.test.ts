/**
 * 审计日志 in words: every kind of change the server writes, over before/after shaped as its
 * action writes them, reads as `名称：值` in Chinese — no English key, no raw code, no JSON brace,
 * no epoch number, no storage path.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { auditIds, auditLines } from '../../core/audit-words'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The `kind`s written by `audit(ctx, { kind: … })` calls, as tests/core/audit-kinds.test.ts finds them. */
function writtenKinds(): Set<string> {
  const kinds = new Set<string>()
  for (const file of sources(join(__dirname, '../../server'))) {
    const text = readFileSync(file, 'utf8')
    for (const call of text.matchAll(/audit\(ctx, \{([\s\S]{0,200}?)summary/g)) {
      for (const quoted of call[1].matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)) kinds.add(quoted[1])
    }
  }
  return kinds
}

const AT = Date.UTC(2026, 10, 18, 2, 30) // 2026年11月18日 10:30 in China
const FILE = 'cloud://env-1.636c/exports/org-b1/2026/机关第一党支部工作手册-2026.xlsx'

const NAMES = new Map([
  ['m-zhang', '张三'],
  ['m-li', '李四'],
  ['m-wang', '王五'],
  ['org-b1', '机关第一党支部'],
  ['org-b2', '机关第二党支部'],
  ['org-g1', '第一党小组'],
  ['org-root', '机关党委'],
])

type Sample = { before?: unknown; after?: unknown }

/** Realistic before/after for each kind, as the actions in server/actions write them. */
const SAMPLES: Record<string, Sample[]> = {
  'roster.import': [{ after: { count: 42, branches: ['org-b1', 'org-b2'], names: ['张三', '李四', '王五'] } }],
  'member.update': [
    {
      before: { name: '张叁', duty: null, joinDate: '2010-07-01', probationary: true, duesCategory: 'inService' },
      after: { name: '张三', duty: '组织委员', joinDate: '2010-07-02', probationary: false, duesCategory: 'retiree' },
    },
    { before: { duesBaseFen: 650000, groupId: null }, after: { duesBaseFen: 700050, groupId: 'org-g1' } },
  ],
  'member.appoint': [{ before: { role: 'member' }, after: { role: 'secretary' } }],
  'member.move': [
    {
      before: { branchId: 'org-b1', role: 'committee', groupId: 'org-g1' },
      after: { branchId: 'org-b2', role: 'member', groupId: null },
    },
  ],
  'member.left': [
    { before: { status: 'active' }, after: { status: 'left', date: '2026-11-01', reason: '退休迁出', at: AT } },
    {
      before: { status: 'active' },
      after: { status: 'left', date: '2026-11-01', reason: '组织关系转出', kind: 'transferOut', at: AT },
    },
  ],
  'binding.issue': [{ after: { expiresAt: AT + 7 * 86400_000 } }],
  'binding.revoke': [{ before: { bound: true, boundAt: AT - 86400_000 }, after: { bound: false } }],
  'org.create': [
    {
      after: { _id: 'org-new', kind: 'group', name: '第三党小组', parentId: 'org-b1', status: 'active', createdAt: AT },
    },
  ],
  'org.rename': [{ before: { name: '机关一支部' }, after: { name: '机关第一党支部' } }],
  'dues.amounts': [
    {
      before: [
        { memberId: 'm-zhang', effectiveFrom: '2026-01', monthlyFen: 3000 },
        { memberId: 'm-li', effectiveFrom: '2026-01', monthlyFen: null },
      ],
      after: [
        {
          memberId: 'm-zhang',
          effectiveFrom: '2026-01',
          category: 'inService',
          base: '6500.00',
          monthlyFen: 3250,
          reduction: null,
        },
        {
          memberId: 'm-li',
          effectiveFrom: '2026-01',
          category: 'relief',
          base: null,
          monthlyFen: 0,
          reduction: {
            kind: 'exempt',
            monthlyFen: 0,
            approvedBy: '机关党委',
            approvedOn: '2026-01-05',
            reason: '低保',
          },
        },
      ],
    },
  ],
  'dues.confirm': [{ before: { status: 'reported' }, after: { status: 'confirmed' } }],
  'dues.reject': [{ before: { status: 'reported' }, after: { status: 'rejected', reason: '金额与凭证不符' } }],
  'dues.record': [
    {
      before: null,
      after: {
        months: [
          { month: '2026-10', fen: 3250 },
          { month: '2026-11', fen: 3250 },
        ],
        amountFen: 6500,
        method: 'cash',
      },
    },
  ],
  'dues.correct': [
    {
      before: { paymentId: 'pay-1', months: [{ month: '2026-10', fen: 3250 }], amountFen: 3250 },
      after: {
        correctionId: 'pay-2',
        months: [{ month: '2026-10', fen: -3250 }],
        amountFen: -3250,
        reason: '重复登记',
      },
    },
  ],
  'dues.settings': [
    {
      before: { collectionDay: 5, prepayLimit: 12, farmerFen: 20, treasurerIds: [] },
      after: { collectionDay: 10, prepayLimit: 6, farmerFen: 50, treasurerIds: ['m-wang'] },
    },
  ],
  'attendance.markPresent': [
    { before: null, after: { status: 'present', method: 'manual', at: AT, reason: '手机没电' } },
    {
      before: { status: 'absent', method: 'code', at: AT - 3600_000 },
      after: { status: 'present', method: 'manual', at: AT, reason: '签到码输错' },
    },
  ],
  'leave.decide': [
    { before: { status: 'pending', reason: '出差' }, after: { status: 'approved', decisionReason: null } },
    { before: { status: 'pending', reason: '家中有事' }, after: { status: 'refused', decisionReason: '请改期' } },
  ],
  'makeup.review': [
    { before: { status: 'submitted' }, after: { status: 'done', comment: '' } },
    { before: { status: 'submitted' }, after: { status: 'returned', comment: '请结合工作实际再写几句' } },
  ],
  'makeup.offline': [
    {
      before: { status: 'due' },
      after: { status: 'done', day: '2026-11-16', note: '在支部活动室学习了会议记录，交了纸质心得' },
    },
  ],
  'activity.create': [
    { after: { type: 'themeDay', title: '11月主题党日', date: '2026-11-20', startTime: '15:00', endTime: '17:00' } },
  ],
  'activity.publish': [
    { before: { status: 'planned' }, after: { status: 'published', expectedCount: 23, contentVerdict: 'pass' } },
    { before: { status: 'planned' }, after: { status: 'published', expectedCount: 8, contentVerdict: 'review' } },
  ],
  'activity.update': [
    {
      before: {
        date: '2026-11-20',
        startTime: '15:00',
        place: '三楼会议室',
        geofence: null,
        agenda: '学习二十届四中全会精神',
        materials: [],
        expected: { kind: 'branch' },
      },
      after: {
        date: '2026-11-21',
        startTime: '14:30',
        place: '五楼党员活动室',
        geofence: { lat: 39.9, lng: 116.4, radiusM: 200 },
        agenda: '学习二十届四中全会精神；交流发言',
        materials: [
          { kind: 'file', title: '学习材料', fileID: FILE },
          { kind: 'link', title: '新闻链接', url: 'https://www.12371.cn/' },
        ],
        expected: { kind: 'group', groupId: 'org-g1' },
      },
    },
    { before: { expected: { kind: 'committee' } }, after: { expected: { kind: 'members', memberIds: ['m-zhang'] } } },
  ],
  'activity.cancel': [{ before: { status: 'published' }, after: { status: 'cancelled', reason: '与全局会议冲突' } }],
  'activity.close': [
    {
      before: { status: 'published' },
      after: { status: 'closed', counts: { expected: 23, present: 19, onLeave: 2, absent: 2 } },
    },
  ],
  'schedule.set': [
    {
      before: null,
      after: {
        id: 'sch-org-b1-studyDay',
        kind: 'studyDay',
        recurrence: { kind: 'nthWeekday', n: 1, weekday: 5 },
        recurrenceText: '每月第一个星期五',
        startTime: '15:00',
        endTime: '17:00',
        place: '三楼会议室',
        geofence: null,
        active: true,
        updatedAt: AT,
      },
    },
  ],
  'notice.publish': [
    { after: { status: 'published', audience: { kind: 'branch' }, recipients: 23 } },
    { after: { status: 'held', audience: { kind: 'branches', branchIds: ['org-b1', 'org-b2'] }, recipients: 40 } },
    { after: { status: 'published', audience: { kind: 'bureau' }, recipients: 120 } },
  ],
  'notice.remind': [{ after: { unread: 16, pushes: 9 } }],
  'notice.review': [
    { before: { status: 'held' }, after: { status: 'published', recipients: 23 } },
    { before: { status: 'held' }, after: { status: 'rejected', reason: '内容不宜发布' } },
  ],
  'studyItem.add': [
    {
      after: {
        title: '《习近平谈治国理政》第五卷',
        kind: 'book',
        link: null,
        fileID: FILE,
        period: { from: '2026-10', to: '2026-12' },
      },
    },
  ],
  'studyItem.edit': [
    {
      before: { kind: 'material', period: null, fileID: null },
      after: { kind: 'regulation', period: { from: '2026-11', to: '2026-11' }, fileID: FILE },
    },
  ],
  'studyItem.retire': [{ before: { status: 'active' }, after: { status: 'retired' } }],
  'attendance.export': [
    { after: { fileName: '机关第一党支部工作手册-2026.xlsx', sizeBytes: 48_213, cloudPath: FILE } },
  ],
  'minutes.save': [{ after: { 议题: '学习贯彻全会精神', 照片: 3, 附件: 1 } }],
  'minutes.confirm': [{}],
  'minutes.amend': [
    {
      before: { hostId: 'm-zhang', topics: '学习', photos: [FILE], attachments: [] },
      after: {
        hostId: 'm-li',
        topics: '学习贯彻全会精神',
        photos: [FILE, FILE],
        attachments: [{ title: '签到表', fileID: FILE }],
      },
    },
  ],
  'appraisal.record': [{ after: { 等次: '基本合格', 评定理由: '全年3次未请假缺席组织生活', 评定日期: '2026-12-20' } }],
  'appraisal.correct': [
    {
      before: { 等次: '合格', 评定日期: '2026-12-20' },
      after: { 等次: '基本合格', 评定理由: '党费欠交5个月', 评定日期: '2026-12-20' },
    },
  ],
  'vote.record': [
    {
      after: {
        表决事项: '关于接收张三同志为预备党员的决议',
        应到会有表决权: 10,
        到会有表决权: 7,
        赞成: 6,
        反对: 1,
        弃权: 0,
        书面意见: 1,
        结果: '通过',
      },
    },
  ],
  'vote.correct': [
    {
      before: { 表决事项: '关于调整党小组的决议', 赞成: 5, 反对: 1, 弃权: 1, 书面意见: 0, 结果: '未通过' },
      after: {
        表决事项: '关于调整党小组的决议',
        赞成: 6,
        反对: 1,
        弃权: 0,
        书面意见: 0,
        结果: '通过',
        reason: '点票有误',
      },
    },
  ],
  'proxy.grant': [
    { before: null, after: { status: 'active', relation: 'family', note: '女儿', reason: '视力不好，本人要求' } },
    {
      before: { status: 'withdrawn' },
      after: { status: 'active', relation: 'committee', note: null, reason: '本人要求' },
    },
  ],
  'proxy.withdraw': [{ before: { status: 'active' }, after: { status: 'withdrawn', reason: '本人不再需要' } }],
  'proxy.end': [{ before: { status: 'active' }, after: { status: 'ended', reason: '已离开' } }],
  'proxy.signIn': [{ after: { status: 'present', method: 'code', at: AT, proxy: '萧国平' } }],
  'proxy.checkIn': [{ after: { day: '2026-11-18', title: '党章第一章', minutes: 30, proxy: '萧国平' } }],
  'proxy.makeup': [{ after: { status: 'submitted', proxy: '萧国平' } }],
  'talk.record': [{ after: { date: '2026-11-18', partner: '李四' } }],
  'talk.correct': [
    {
      before: { date: '2026-11-18', partnerId: 'm-zhang' },
      after: { date: '2026-11-17', partnerId: 'm-li', notesChanged: true },
    },
  ],
  'talk.withdraw': [{ before: { status: 'active' }, after: { status: 'withdrawn' } }],
  'talk.setting': [{ before: { kinds: '支委之间、支委与党员、党员之间' }, after: { kinds: '支委与党员、党员之间' } }],
  'orglife.tick': [
    { before: { opinions: '未完成' }, after: { opinions: '已完成（2026年12月1日）：发放征求意见表32份' } },
    { before: { checkMaterials: false }, after: { checkMaterials: true } },
  ],
  'orglife.addItem': [
    { before: null, after: { item: '理论学习不够系统', owner: '王芳', dueOn: '2027-03-31', status: 'notStarted' } },
  ],
  'orglife.updateItem': [
    {
      before: { owner: '王芳', dueOn: '2027-03-31', status: 'notStarted' },
      after: { owner: '李强', dueOn: '2027-04-30', status: 'inProgress' },
    },
  ],
  'orglife.closeItem': [
    { before: { status: 'inProgress' }, after: { status: 'done', closeNote: '已制定学习计划并落实' } },
  ],
  'orglife.withdrawItem': [{ before: { status: 'notStarted' }, after: { status: 'withdrawn', reason: '与第2条重复' } }],
  'develop.add': [{ before: null, after: { name: '王小明', day: '2026-03-02' } }],
  'develop.record': [
    { before: null, after: { step: '派人谈话', day: '2026-03-20' } },
    { before: null, after: { step: '确定入党介绍人', day: '2027-04-10', names: ['王芳', '李强'] } },
    { before: null, after: { step: '集中培训', day: '2027-05-12', courseDays: 3, courseHours: 24 } },
    {
      before: null,
      after: { step: '支部大会讨论接收', day: '2027-06-20', vote: '支部党员大会表决通过：接收王小明为预备党员' },
    },
  ],
  'develop.tick': [{ before: { document: '入党申请书', done: false }, after: { document: '入党申请书', done: true } }],
  'develop.extend': [
    {
      before: { probationEnd: '2028-06-20' },
      after: { probationEnd: '2028-12-20', extendMonths: 6, day: '2028-06-25' },
    },
  ],
  'develop.archive': [{ before: { status: 'active' }, after: { status: 'archived', reason: '本人申请暂缓' } }],
  'develop.admit': [{ before: null, after: { name: '王小明', joinDate: '2027-06-20', probationary: true } }],
  'develop.full': [{ before: { probationary: true }, after: { probationary: false, fullSince: '2028-06-20' } }],
  'transfer.start': [
    {
      before: null,
      after: { name: '张三', destination: '中共某某县委组织部', reason: '工作调动', status: 'requested' },
    },
  ],
  'transfer.cancel': [{ before: { status: 'requested' }, after: { status: 'cancelled', reason: '调动暂缓' } }],
  'transfer.issue': [
    {
      before: { status: 'requested' },
      after: {
        status: 'issued',
        letterNo: '机党转〔2026〕7号',
        validDays: 30,
        validUntil: '2026-12-17',
        duesPaidThrough: '2026-11',
      },
    },
    { before: { status: 'requested' }, after: { status: 'issued', letterNo: '7号', duesPaidThrough: null } },
  ],
  'transfer.receipt': [
    { before: { status: 'issued' }, after: { status: 'completed', receivedOn: '2026-12-01', note: '已报到' } },
  ],
  'transfer.arrive': [
    {
      before: null,
      after: {
        name: '李四',
        from: '中共某某区委机关工委',
        letterNo: '区机工转〔2026〕3号',
        joinDate: '2012-07-01',
        probationary: false,
        duesCategory: 'inService',
        duesPaidThrough: '2026-10',
      },
    },
  ],
  'transfer.setting': [
    { before: { validDays: 30, sex: false, education: false }, after: { validDays: 60, sex: true, education: false } },
  ],
  'absence.add': [
    {
      before: null,
      after: { kind: 'secondment', place: '某某县挂职', fromOn: '2026-09-01', returnOn: '2027-02-28' },
    },
  ],
  'absence.end': [{ before: { status: 'away' }, after: { status: 'returned', returnedOn: '2026-11-30' } }],
  'touch.record': [{ before: null, after: { way: 'visit', on: '2026-11-20', note: '上门未见到本人，已留言' } }],
  'quiz.saveQuestion': [
    {
      before: null,
      after: {
        stem: '预备党员的预备期为多长时间？',
        options: '半年 / 一年 / 两年 / 三年',
        correctAnswer: 'B',
        source: '《中国共产党章程》第七条',
      },
    },
    { before: { source: '《中国共产党纪律处分条例》' }, after: { source: '《中国共产党纪律处分条例》第二章' } },
  ],
  'quiz.retireQuestion': [{ before: { status: 'active' }, after: { status: 'retired' } }],
  'quiz.import': [{ after: { questionCount: 60, stems: ['预备党员的预备期为多长时间？'] } }],
  'quiz.publish': [
    {
      before: null,
      after: {
        title: '12月党纪党规知识测试',
        quizTopics: '党章、纪律处分条例',
        questionCount: 10,
        openPeriod: '2026年12月1日至12月31日',
        recipients: 180,
      },
    },
  ],
}

/** Every code-like string a sample holds (`themeDay`, `pending`, `org-b1` …): none may reach a line. */
function codesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && /^[a-z][a-zA-Z0-9-]+$/.test(value)) out.add(value)
  else if (Array.isArray(value)) for (const v of value) codesIn(v, out)
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) codesIn(v, out)
  return out
}

function problemsOf(line: string, codes: Set<string>): string[] {
  const problems: string[] = []
  const colon = line.indexOf('：')
  if (colon <= 0) problems.push('not 名称：值')
  const label = line.slice(0, colon)
  if (/[A-Za-z]/.test(label)) problems.push('english key')
  if (/[{}[\]"]/.test(line)) problems.push('JSON')
  if (/\d{9,}/.test(line)) problems.push('epoch or raw number')
  if (/cloud:\/\//.test(line)) problems.push('storage path')
  for (const code of codes) if (new RegExp(`(^|[^A-Za-z0-9-])${code}($|[^A-Za-z0-9-])`).test(line)) problems.push(code)
  return problems
}

describe('audit entries in words', () => {
  it('has a realistic sample for every kind the server writes', () => {
    const missing = [...writtenKinds()].filter((kind) => !(kind in SAMPLES))
    expect(missing).toEqual([])
  })

  it.each(Object.entries(SAMPLES))('%s reads in Chinese words', (kind, samples) => {
    for (const { before = null, after = null } of samples) {
      const lines = auditLines(kind, before, after, NAMES)
      const codes = codesIn([before, after])
      const wrong = lines.map((line) => [line, problemsOf(line, codes)]).filter(([, p]) => p.length > 0)
      expect(wrong).toEqual([])
      if (before !== null || after !== null) expect(lines.length).toBeGreaterThan(0)
    }
  })

  it('says each change the way a person would', () => {
    const line = (kind: string, s: Sample) => auditLines(kind, s.before ?? null, s.after ?? null, NAMES)
    expect(line('leave.decide', SAMPLES['leave.decide'][0])).toEqual([
      '状态：待审批 → 已批准',
      '请假事由：出差',
      '审批意见：无',
    ])
    expect(line('attendance.export', SAMPLES['attendance.export'][0])).toEqual([
      '文件名：机关第一党支部工作手册-2026.xlsx',
      '文件大小：47 KB',
    ])
    expect(line('notice.publish', SAMPLES['notice.publish'][0])).toEqual([
      '状态：已发布',
      '发送范围：全支部党员',
      '收到人数：23人',
    ])
    expect(line('notice.publish', SAMPLES['notice.publish'][1])).toContain('发送范围：机关第一党支部、机关第二党支部')
    expect(line('activity.create', SAMPLES['activity.create'][0])).toContain('活动类型：主题党日')
    expect(line('activity.publish', SAMPLES['activity.publish'][0])).toEqual([
      '状态：待发布 → 已发布',
      '应参加人数：23人',
      '内容安全检查：通过',
    ])
    expect(line('member.move', SAMPLES['member.move'][0])).toEqual([
      '支部：机关第一党支部 → 机关第二党支部',
      '身份：支委 → 党员',
      '党小组：第一党小组 → 无',
    ])
    expect(line('member.update', SAMPLES['member.update'][1])).toContain('党费基数：6500.00元 → 7000.50元')
    expect(line('dues.record', SAMPLES['dues.record'][0])).toEqual([
      '月份：2026年10月 32.50元、2026年11月 32.50元',
      '金额：65.00元',
      '方式：现金',
    ])
    expect(line('dues.amounts', SAMPLES['dues.amounts'][0])).toEqual([
      '张三：每月30.00元 → 32.50元（自2026年1月起，在职，基数6500.00元）',
      '李四：每月未定 → 0.00元（自2026年1月起，低保，免交，机关党委批准）',
    ])
    expect(line('binding.issue', SAMPLES['binding.issue'][0])).toEqual(['有效至：2026年11月25日 10:30'])
    expect(line('activity.close', SAMPLES['activity.close'][0])).toContain('出勤：应到23人，签到19人，请假2人，缺席2人')
    expect(line('dues.settings', SAMPLES['dues.settings'][0])).toContain('收缴人：无 → 王五')
    expect(line('appraisal.correct', SAMPLES['appraisal.correct'][0])).toContain('等次：合格 → 基本合格')
    expect(line('talk.correct', SAMPLES['talk.correct'][0])).toEqual([
      '日期：2026年11月18日 → 2026年11月17日',
      '谈话对象：张三 → 李四',
      '谈话要点有改动：是',
    ])
    expect(line('orglife.updateItem', SAMPLES['orglife.updateItem'][0])).toEqual([
      '责任人：王芳 → 李强',
      '完成时限：2027年3月31日 → 2027年4月30日',
      '状态：未开始 → 整改中',
    ])
    expect(line('quiz.retireQuestion', SAMPLES['quiz.retireQuestion'][0])).toEqual(['状态：在用 → 已停用'])
    expect(line('minutes.amend', SAMPLES['minutes.amend'][0])).toEqual([
      '主持人：张三 → 李四',
      '议题：学习 → 学习贯彻全会精神',
      '照片：1张 → 2张',
      '附件：无 → “签到表”',
    ])
  })

  it('reads the tally of a vote in 票, 份 and 人', () => {
    const line = (kind: string, s: Sample) => auditLines(kind, s.before ?? null, s.after ?? null, NAMES)
    expect(line('vote.record', SAMPLES['vote.record'][0])).toEqual([
      '表决事项：关于接收张三同志为预备党员的决议',
      '应到会有表决权：10人',
      '到会有表决权：7人',
      '赞成：6票',
      '反对：1票',
      '弃权：0票',
      '书面意见：1份',
      '结果：通过',
    ])
    expect(line('vote.correct', SAMPLES['vote.correct'][0])).toContain('赞成：5票 → 6票')
  })

  it('leaves out ids it has no name for rather than show them', () => {
    expect(
      auditLines('member.move', { branchId: 'org-x', role: 'member' }, { branchId: 'org-y', role: 'member' }),
    ).toEqual(['身份：党员'])
  })

  it('lists the ids whose names the caller should look up', () => {
    expect(auditIds(SAMPLES['member.move'][0].before, SAMPLES['member.move'][0].after).sort()).toEqual([
      'org-b1',
      'org-b2',
      'org-g1',
    ])
    expect(auditIds(null, SAMPLES['notice.publish'][1].after).sort()).toEqual(['org-b1', 'org-b2'])
  })
})
