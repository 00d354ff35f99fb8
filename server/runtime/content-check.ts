/**
 * User-written text that others will read goes through WeChat's content security check
 * (msgSecCheck v2) before it is saved or pushed. The decision is on `result.suggest`:
 * `risky` is refused; `review` is accepted and marked so an officer can look at it.
 */
import { DomainError } from '../../core/errors'
import type { ActionContext } from './types'

/** msgSecCheck v2's labels, in words a person understands (WeChat's documentation). */
const RISK_LABELS: Record<number, string> = {
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他不宜发布的内容',
}

/** WeChat's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4

export type ContentVerdict = 'pass' | 'review'

export async function checkContent(ctx: ActionContext, text: string, scene: ContentScene = 2): Promise<ContentVerdict> {
  const content = text.trim()
  if (content === '') return 'pass'
  const res = await ctx.cloud.openapi.security.msgSecCheck({ version: 2, openid: ctx.caller.openid, scene, content })
  const suggest = res.result?.suggest
  if (suggest === 'risky') {
    const about = RISK_LABELS[res.result?.label ?? 0]
    throw new DomainError('CONTENT.RISKY', about ? `内容未通过安全检查（可能涉及${about}），请修改后再提交` : undefined)
  }
  return suggest === 'review' ? 'review' : 'pass'
}

/** msgSecCheck takes at most 2500 characters a call: longer text is checked in parts. */
const CHUNK = 2500

/** Throws CONTENT.RISKY if any part is risky; `review` when any part needs a person to look at it. */
export async function checkLongContent(ctx: ActionContext, text: string, scene: ContentScene): Promise<ContentVerdict> {
  const chars = [...text]
  let verdict: ContentVerdict = 'pass'
  for (let i = 0; i < chars.length; i += CHUNK) {
    if ((await checkContent(ctx, chars.slice(i, i + CHUNK).join(''), scene)) === 'review') verdict = 'review'
  }
  return verdict
}
