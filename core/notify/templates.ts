/**
 * Subscribe-message templates the app uses, and the kinds of reminder each carries. In WeChat
 * the ids come from the mini-program's console (订阅消息 → 我的模板, chosen from the public
 * library with these titles and keywords); the local cloud accepts exactly these ids.
 *
 * Each template is one-time (一次性订阅: one authorization, one message) unless the bureau's
 * 政务 category grants it long-term; quotas are counted only for one-time templates.
 */
export type TemplateKey = 'activity' | 'notice' | 'dues' | 'makeup' | 'birthday'
export type SubscriptionKind = 'oneTime' | 'longTerm'

export interface TemplateSpec {
  id: string
  /** The title WeChat shows in its authorization sheet and on the message. */
  title: string
  kind: SubscriptionKind
  /** Keyword key (kind + number, as the console numbers them) → its name on the message. */
  keywords: Record<string, string>
}

export const SUBSCRIBE_TEMPLATES: Record<TemplateKey, TemplateSpec> = {
  activity: {
    id: 'local-tpl-activity-reminder',
    title: '活动提醒',
    kind: 'oneTime',
    keywords: { thing1: '活动名称', time2: '活动时间', thing3: '活动地点', thing4: '温馨提示' },
  },
  notice: {
    id: 'local-tpl-notice',
    title: '通知公告',
    kind: 'oneTime',
    keywords: { thing1: '通知标题', name2: '发布人', time3: '发布时间', thing4: '备注' },
  },
  dues: {
    id: 'local-tpl-dues',
    title: '党费缴纳提醒',
    kind: 'oneTime',
    keywords: { thing1: '缴费月份', amount2: '应缴金额', thing3: '备注' },
  },
  makeup: {
    id: 'local-tpl-makeup',
    title: '补学提醒',
    kind: 'oneTime',
    keywords: { thing1: '活动名称', phrase2: '补学状态', thing3: '温馨提示' },
  },
  birthday: {
    id: 'local-tpl-birthday',
    title: '政治生日提醒',
    kind: 'oneTime',
    keywords: { name1: '党员姓名', date2: '入党日期', thing3: '寄语' },
  },
}

export const TEMPLATE_KEYS = Object.keys(SUBSCRIBE_TEMPLATES) as TemplateKey[]

export const SUBSCRIBE_TEMPLATE_IDS: string[] = TEMPLATE_KEYS.map((k) => SUBSCRIBE_TEMPLATES[k].id)

/** The template key of a template id, or null for an id the app does not use. */
export function templateKeyOf(id: string): TemplateKey | null {
  return TEMPLATE_KEYS.find((k) => SUBSCRIBE_TEMPLATES[k].id === id) ?? null
}

/** What a member sees in 提醒设置 for each kind of reminder. */
export const REMINDER_KINDS: Record<TemplateKey, { label: string; about: string }> = {
  activity: { label: '活动通知与提醒', about: '新活动发布、改期或取消时，以及活动前一天18:00和开始前1小时' },
  notice: { label: '支部通知', about: '支部或机关党委发布通知时' },
  dues: { label: '党费提醒', about: '每月收缴日未交时；连续3个月、5个月未交时' },
  makeup: { label: '补学提醒', about: '补学任务7天还未完成时' },
  birthday: { label: '政治生日', about: '入党纪念日当天' },
}

/** The natural moments the app asks for authorizations (at most 3 templates per ask). */
export type AskMoment = 'leave' | 'signIn' | 'duesReport' | 'settings'

export const ASK_AT: Record<Exclude<AskMoment, 'settings'>, TemplateKey[]> = {
  leave: ['activity', 'makeup'],
  signIn: ['activity', 'notice'],
  duesReport: ['dues'],
}

/** WeChat takes at most 3 template ids per requestSubscribeMessage. */
export const MAX_TEMPLATES_PER_ASK = 3
