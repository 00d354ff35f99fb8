/** The content check of an activity's text before members see it (msgSecCheck, ≤ 2500 characters a call). */
import { checkContent, type ContentVerdict } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from './model'

const CHUNK = 2500

function activityText(a: Pick<ActivityDoc, 'title' | 'place' | 'agenda' | 'materials'>): string {
  const parts = [a.title, a.place, a.agenda]
  for (const m of a.materials) parts.push(m.title, m.kind === 'text' ? m.text : '')
  return parts.filter(Boolean).join('\n')
}

/** Throws CONTENT.RISKY; `review` when any part needs a person to look at it. */
export async function checkActivityText(
  ctx: ActionContext,
  a: Pick<ActivityDoc, 'title' | 'place' | 'agenda' | 'materials'>,
): Promise<ContentVerdict> {
  const chars = [...activityText(a)]
  let verdict: ContentVerdict = 'pass'
  for (let i = 0; i < chars.length; i += CHUNK) {
    if ((await checkContent(ctx, chars.slice(i, i + CHUNK).join(''), 1)) === 'review') verdict = 'review'
  }
  return verdict
}
