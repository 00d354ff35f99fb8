/** Error codes of 组织生活会 and its 整改清单: `DOMAIN.REASON` → what a person reads. */
export const ORGLIFE_ERRORS = {
  'ORGLIFE.NOT_LIFE_MEETING': '这项活动不是组织生活会',
  'ORGLIFE.NO_MEETING': '本支部还没有安排组织生活会，请先在“活动”里发布一次组织生活会',
  'ORGLIFE.OWNER_NOT_IN_BRANCH': '责任人须是本支部在册的党员',
  'ORGLIFE.DUE_BEFORE_MEETING': '完成时限不能早于组织生活会召开的日期',
  'ORGLIFE.OPINION_DATE': '请填写征求意见的日期',
  'ORGLIFE.ITEM_NOT_FOUND': '没有找到这条整改事项',
  'ORGLIFE.ITEM_CLOSED': '这条整改事项已经完成或撤销，不能再改',
} as const satisfies Record<string, string>
