/** Error codes of 谈心谈话: `DOMAIN.REASON` → what a person reads. */
export const TALK_ERRORS = {
  'TALK.SELF': '谈话对象不能是自己',
  'TALK.NOT_IN_BRANCH': '谈话对象须是本支部在册的党员',
  'TALK.FUTURE': '谈话日期不能晚于今天',
  'TALK.BEFORE_ARRIVAL': '谈话日期早于你们二人都在本支部的时间，请核对日期',
  'TALK.NOT_FOUND': '没有找到这条谈心谈话记录',
  'TALK.NOT_YOURS': '这条记录是对方记下的，只有记录人本人可以更正或撤回',
  'TALK.WITHDRAWN': '这条记录已经撤回',
  'TALK.NOTHING_CHANGED': '没有要更正的内容',
  'TALK.CHANGED_MEANWHILE': '这条记录刚刚被改过，请返回重新打开后再改',
  'TALK.NO_KINDS': '请至少选择一类谈话',
} as const satisfies Record<string, string>
