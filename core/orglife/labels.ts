/** Words for 组织生活会's checklist and 整改清单, as the screens and the audit log say them. */
import type { OrglifeCheck, RectifyState } from './types'

export const ORGLIFE_CHECK_LABELS: Record<OrglifeCheck, string> = {
  talks: '会前谈心谈话',
  opinions: '征求意见',
  notice: '提前10天通知',
  materials: '对照检查材料',
}

export const RECTIFY_STATE_LABELS: Record<RectifyState, string> = {
  notStarted: '未开始',
  inProgress: '整改中',
  done: '已完成',
  withdrawn: '已撤销',
}

/** Shown beside an open item whose due day has passed. */
export const OVERDUE_LABEL = '逾期'

/** The sources, quoted on the secretary's screen. */
export const ORGLIFE_RULE_SOURCE =
  '《中国共产党支部工作条例（试行）》第十九条：党支部每年至少召开1次组织生活会，会前广泛征求意见、开展谈心谈话，会后制定整改措施、逐项抓好落实。'
