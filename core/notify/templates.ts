/**
 * Subscribe-message templates the app uses. In WeChat the ids come from the mini-program's
 * console (订阅消息 → 我的模板); the local cloud accepts exactly these.
 */
export const SUBSCRIBE_TEMPLATES = {
  activityReminder: {
    id: 'local-tpl-activity-reminder',
    title: '活动提醒',
    keywords: { thing1: '活动名称', time2: '活动时间', thing3: '活动地点', thing4: '温馨提示' },
  },
  noticePublished: {
    id: 'local-tpl-notice',
    title: '通知公告',
    keywords: { thing1: '通知标题', name2: '发布人', time3: '发布时间' },
  },
  duesReminder: {
    id: 'local-tpl-dues',
    title: '党费缴纳提醒',
    keywords: { thing1: '缴费月份', amount2: '应缴金额', thing3: '备注' },
  },
} as const

export const SUBSCRIBE_TEMPLATE_IDS: string[] = Object.values(SUBSCRIBE_TEMPLATES).map((t) => t.id)
