/**
 * User-written text that others will read goes through WeChat's content security check
 * (msgSecCheck v2) before it is saved or pushed. The decision is on `result.suggest`:
 * `risky` is refused; `review` is accepted and marked so an officer can look at it.
 */
import { DomainError } from '../../core/errors'
import type { ActionContext } from './types'

/** WeChat's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4

export type ContentVerdict = 'pass' | 'review'

export async function checkContent(ctx: ActionContext, text: string, scene: ContentScene = 2): Promise<ContentVerdict> {
  const content = text.trim()
  if (content === '') return 'pass'
  const res = await ctx.cloud.openapi.security.msgSecCheck({ version: 2, openid: ctx.caller.openid, scene, content })
  const suggest = res.result?.suggest
  if (suggest === 'risky') throw new DomainError('CONTENT.RISKY')
  return suggest === 'review' ? 'review' : 'pass'
}
