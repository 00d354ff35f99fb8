/** The content check of an activity's text before members see it (msgSecCheck, ≤ 2500 characters a call). */
import { checkLongContent, type ContentVerdict } from '../../runtime/content-check'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from './model'

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
  return checkLongContent(ctx, activityText(a), 1)
}
