/** Error codes of Study check-ins and reading lists: `DOMAIN.REASON` → what a person reads. */
export const STUDY_ERRORS = {
  'STUDY.ITEM_NOT_FOUND': '没有找到这份学习资料',
  'STUDY.ITEM_RETIRED': '这份学习资料已经停用了',
  'STUDY.BUREAU_ITEM': '这是机关党委统一下发的学习资料，只有机关党委可以修改',
  'STUDY.BRANCH_ITEM': '这是支部自己的学习资料，请到该支部的学习资料中修改',
  'STUDY.FUTURE_DAY': '还没到这一天，不能记录',
  'STUDY.TOO_LATE': '只能补记最近3天的学习',
  'STUDY.FUTURE_MONTH': '还没到这个月',
  'STUDY.DAY_FULL': '这一天已经记了20条学习，不能再记了',
  'STUDY.ENTRY_NOT_FOUND': '没有找到这条学习记录',
  'STUDY.ENTRY_WITHDRAWN': '这条学习记录已经撤回了',
  'STUDY.EDIT_CLOSED': '学习记录只能在记录的当天修改或撤回',
  'STUDY.ENTRY_CHANGED': '这条学习记录刚刚有了变化，请刷新后再试',
} as const satisfies Record<string, string>
