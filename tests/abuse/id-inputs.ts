/**
 * Valid inputs beyond the matrix cell's, for the id fields that input leaves out (another variant
 * of `expected`, an optional id, rows instead of pasted text). Each is spread over the cell's
 * input; `OWN` stands for the caller's own record of the field's kind.
 */
export const OWN = 'own-record'

export const MORE_INPUTS: Record<string, Array<Record<string, unknown>>> = {
  'member/study.checkIn': [{ itemId: OWN, title: null }],
  'member/study.correct': [{ itemId: OWN, title: null }],
  'member/proxy.checkIn': [{ itemId: OWN, title: null }],
  'secretary/activity.form': [{ activityId: OWN }],
  'secretary/activity.create': [
    { expected: { kind: 'group', groupId: OWN } },
    { expected: { kind: 'members', memberIds: [OWN] } },
  ],
  'secretary/activity.update': [
    { changes: { expected: { kind: 'group', groupId: OWN } } },
    { changes: { expected: { kind: 'members', memberIds: [OWN] } } },
  ],
  'secretary/notice.publish': [
    { audience: { kind: 'group', groupId: OWN } },
    { audience: { kind: 'members', memberIds: [OWN] } },
  ],
  'secretary/attendance.absentees': [{ activityId: undefined, branchId: OWN }],
  // Without an id, the branch's 组织生活会 ahead (or the latest held).
  'secretary/orglife.page': [{ activityId: undefined, branchId: OWN }],
  // 党员发展's vote and people steps: a 表决 and roster members of the person's branch only.
  'secretary/develop.record': [
    { step: 'admissionVote', voteId: OWN },
    { step: 'contacts', memberIds: [OWN] },
  ],
  'secretary/dues.settings.set': [{ treasurerIds: [OWN] }],
  // 本支部题目: changing one of the branch's own questions (the cell adds a new one).
  'secretary/quiz.saveBranchQuestion': [{ questionId: OWN }],
  'secretary/dues.amounts.confirm': [{ text: undefined, rows: [{ memberId: OWN, base: '3000.01' }] }],
}
