/** Error codes of 表决 at a 支部党员大会: `DOMAIN.REASON` → what a person reads. */
import { VOTE_LIMITS } from '../vote/limits'

export const VOTE_ERRORS = {
  'VOTE.NOT_GENERAL_MEETING': '只有支部党员大会才能录入表决结果',
  'VOTE.NOT_STARTED': '会议还没有开始，开会时或会后再录入表决结果',
  'VOTE.NOT_FOUND': '没有找到这项表决',
  'VOTE.NO_ONE_ENTITLED': '这次大会没有应到会有表决权的正式党员，不能表决',
  'VOTE.EMPTY_TALLY': '请填写赞成、反对、弃权的票数',
  'VOTE.WRITTEN_OVER': '书面意见的份数多于没有到会的有表决权党员',
  'VOTE.WRITTEN_NOT_IN_TALLY': '书面意见也要计入赞成、反对或弃权，不能多于三项的合计',
  'VOTE.TALLY_OVER': '票数合计超过了到会有表决权的人数加书面意见份数',
  'VOTE.TOO_MANY': `一次大会最多录入${VOTE_LIMITS.motions}项表决`,
  'VOTE.NOTHING_CHANGED': '票数没有变化',
  'VOTE.CHANGED_MEANWHILE': '这项表决刚刚被别人更正过，请返回重新打开后再改',
} as const satisfies Record<string, string>
