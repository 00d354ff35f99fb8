/** What a check-in says: the reading-list item it names or the member's own words, content-checked. */
import { DomainError } from '../../../core/errors'
import type { StudyItemKind } from '../../../core/contract/study'
import type { MemberDoc } from '../../model'
import { checkContent } from '../../runtime/content-check'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { StudyContent, StudyItemDoc } from './model'

export interface ContentInput {
  itemId: string | null
  title: string | null
  minutes: number | null
  reflection: string
}

/** An item this member's branch sees (bureau-wide or its own), or null. */
export async function visibleItem(ctx: ActionContext, member: MemberDoc, itemId: string): Promise<StudyItemDoc | null> {
  const item = await findById<StudyItemDoc>(ctx.db, 'studyItems', itemId)
  if (!item || (item.scope === 'branch' && item.branchId !== member.branchId)) return null
  return item
}

/**
 * Resolves and checks what the member wrote. A retired or unknown item is refused; the
 * member's own words (free title, 心得) go through msgSecCheck: `risky` is refused,
 * `review` is kept with a flag.
 */
export async function resolveContent(
  ctx: ActionContext,
  member: MemberDoc,
  input: ContentInput,
): Promise<StudyContent> {
  let title = input.title ?? ''
  let kind: StudyItemKind | null = null
  if (input.itemId) {
    const item = await visibleItem(ctx, member, input.itemId)
    if (!item) throw new DomainError('STUDY.ITEM_NOT_FOUND')
    if (item.status !== 'active') throw new DomainError('STUDY.ITEM_RETIRED')
    title = item.title
    kind = item.kind
  }
  const ownWords = [input.itemId ? '' : title, input.reflection].filter((s) => s.trim() !== '').join('\n')
  const contentCheck = await checkContent(ctx, ownWords)
  return { itemId: input.itemId, title, kind, minutes: input.minutes, reflection: input.reflection, contentCheck }
}
