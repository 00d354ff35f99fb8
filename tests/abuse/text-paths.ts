/**
 * Every free-text field of the contract (found from the schemas: strings with no id, pattern or
 * format), and whether what one person writes there reaches another person's screen. Those that
 * do must go through the content check (PLATFORM.md: msgSecCheck before it is saved or pushed);
 * those that do not say why. A new text field fails the test until it is placed here.
 */
export type TextPath =
  | 'shared'
  /** Only the audit log keeps it: the office's record of what officers did, word for word. */
  | 'audit'
  /** A person's or an organisation's name in the register the party office keeps. */
  | 'register'
  /** Seen by its writer alone (study records: officers see only whether one exists). */
  | 'own'
  /** Not prose: a cursor, a filter, an amount in 元, a pasted table matched against the roster. */
  | 'data'
  /** Kept in the branch's attendance book beside the record it explains; the officers' own note. */
  | 'record'

export const TEXT_PATHS: Record<string, Record<string, TextPath>> = {
  'member/binding.bind': { name: 'register' },
  'member/leave.request': { reason: 'shared' },
  'member/makeup.submit': { reflection: 'shared' },
  'member/study.checkIn': { title: 'own', reflection: 'own' },
  'member/study.correct': { title: 'own', reflection: 'own' },
  'member/dues.report': { note: 'shared' },
  // Written by a linked member into the elderly member's own records, which the member reads.
  'member/proxy.checkIn': { title: 'shared', reflection: 'shared' },
  'member/proxy.makeup': { reflection: 'shared' },
  'member/notice.inbox': { before: 'data' },
  // The notes and a correction's reason are read by the other party to the talk.
  'member/talk.record': { notes: 'shared' },
  'member/talk.correct': { notes: 'shared', reason: 'shared' },
  'member/talk.withdraw': { reason: 'shared' },
  // 整改事项: its owner reads the text, the closing note and a withdrawal's reason.
  'secretary/orglife.addItem': { text: 'shared' },
  'secretary/orglife.updateItem': { text: 'shared' },
  'secretary/orglife.closeItem': { note: 'shared' },
  'secretary/orglife.withdrawItem': { reason: 'shared' },
  // 征求意见's note is the officers' own record beside the tick.
  'secretary/orglife.tick': { note: 'record' },
  // 党员发展: the person's name is the register the branch and the office keep; why 培养 stopped
  // is read by the office.
  'secretary/develop.add': { name: 'register' },
  'secretary/develop.archive': { reason: 'shared' },
  // 组织关系: the office reads the destination and reasons; the 回执's note is the branch's own record.
  'secretary/transfer.start': { destination: 'shared', reason: 'shared' },
  'secretary/transfer.cancel': { reason: 'shared' },
  'secretary/transfer.receipt': { note: 'record' },
  'secretary/transfer.arrive': { name: 'register', from: 'shared', letterNo: 'register' },
  'secretary/absence.add': { place: 'shared' },
  'secretary/touch.record': { note: 'shared' },
  'admin/transfer.issue': { letterNo: 'register' },
  // 知识测试: members read the paper's title (in 通知 too) and every question's words.
  'secretary/quiz.publishBranch': { title: 'shared' },
  'admin/quiz.publish': { title: 'shared' },
  'admin/quiz.saveQuestion': { stem: 'shared', 'options.[]': 'shared', explanation: 'shared', source: 'shared' },
  'secretary/quiz.saveBranchQuestion': {
    stem: 'shared',
    'options.[]': 'shared',
    explanation: 'shared',
    source: 'shared',
  },
  // A pasted sheet matched row by row; the rows' words are content-checked when imported.
  'admin/quiz.importPreview': { text: 'data' },
  'admin/quiz.import': { text: 'data' },
  'secretary/binding.revoke': { reason: 'audit' },
  'secretary/schedule.set': { place: 'shared' },
  'secretary/schedule.move': { 'changes.place': 'shared', reason: 'shared' },
  'secretary/activity.create': {
    title: 'shared',
    place: 'shared',
    agenda: 'shared',
    'materials.[].title': 'shared',
    'materials.[].text': 'shared',
  },
  'secretary/activity.update': {
    'changes.title': 'shared',
    'changes.place': 'shared',
    'changes.agenda': 'shared',
    'changes.materials.[].title': 'shared',
    'changes.materials.[].text': 'shared',
    reason: 'shared',
  },
  'secretary/activity.cancel': { reason: 'shared' },
  'secretary/leave.decide': { reason: 'shared' },
  'secretary/attendance.markPresent': { reason: 'record' },
  'secretary/makeup.review': { comment: 'shared' },
  'secretary/makeup.recordOffline': { note: 'shared' },
  'secretary/studyItems.add': { title: 'shared' },
  'secretary/studyItems.edit': { 'changes.title': 'shared', reason: 'audit' },
  'secretary/studyItems.retire': { reason: 'audit' },
  'secretary/dues.amounts.preview': {
    'rows.[].base': 'data',
    'rows.[].reduction.monthly': 'data',
    'rows.[].reduction.approvedBy': 'own',
    'rows.[].reduction.reason': 'own',
    text: 'data',
  },
  'secretary/dues.amounts.confirm': {
    'rows.[].base': 'data',
    'rows.[].reduction.monthly': 'data',
    'rows.[].reduction.approvedBy': 'shared',
    'rows.[].reduction.reason': 'shared',
    text: 'data',
  },
  'secretary/dues.payment.reject': { reason: 'shared' },
  'secretary/proxy.grant': { note: 'shared', reason: 'shared' },
  'secretary/proxy.withdraw': { reason: 'record' },
  'secretary/dues.payment.record': { note: 'shared' },
  'secretary/dues.payment.correct': { reason: 'shared' },
  'secretary/notice.publish': {
    title: 'shared',
    body: 'shared',
    'materials.[].title': 'shared',
    'materials.[].text': 'shared',
  },
  'secretary/minutes.save': {
    topics: 'shared',
    summary: 'shared',
    resolutions: 'shared',
    'attachments.[].title': 'shared',
  },
  'secretary/minutes.amend': {
    topics: 'shared',
    summary: 'shared',
    resolutions: 'shared',
    'attachments.[].title': 'shared',
    reason: 'shared',
  },
  // The member reads the reason for their own grade; the correction is shown beside it to the officers.
  'secretary/appraisal.record': { reason: 'shared' },
  'secretary/appraisal.correct': { reason: 'shared', correction: 'shared' },
  'secretary/vote.record': { title: 'shared' },
  'secretary/vote.correct': { reason: 'shared' },
  'admin/org.create': { name: 'register' },
  'admin/org.rename': { name: 'register' },
  'admin/roster.preview': { text: 'data' },
  'admin/roster.import': { text: 'register' },
  'admin/member.update': { 'changes.name': 'register', 'changes.duty': 'register', reason: 'audit' },
  'admin/member.move': { reason: 'audit' },
  'admin/member.markLeft': { reason: 'audit' },
  'admin/audit.list': { kind: 'data' },
  'admin/studyItems.add': { title: 'shared' },
  'admin/studyItems.edit': { 'changes.title': 'shared', reason: 'audit' },
  'admin/studyItems.retire': { reason: 'audit' },
  'admin/notice.publish': {
    title: 'shared',
    body: 'shared',
    'materials.[].title': 'shared',
    'materials.[].text': 'shared',
  },
  'admin/notice.review': { reason: 'shared' },
}
