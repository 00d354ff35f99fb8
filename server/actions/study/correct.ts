/**
 * A member corrects or withdraws their own entry, on the China day they recorded it. Nothing
 * is removed: a correction keeps the previous version in `history`, a withdrawal only marks
 * the entry. Each change is conditional on the version read, so two never overwrite unseen.
 */
import type { MyStudyMonth, StudyEntry } from '../../../core/contract/study'
import { DomainError } from '../../../core/errors'
import { isEditableNow } from '../../../core/study'
import type { MemberDoc } from '../../model'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { resolveContent, type ContentInput } from './content'
import type { StudyCheckinDoc, StudyContent } from './model'
import { myStudyMonth } from './my-month'
import { toEntry } from './views'

/** The caller's own standing entry, still editable today; another's entry is "not found". */
async function ownEditableEntry(ctx: ActionContext, member: MemberDoc, entryId: string): Promise<StudyCheckinDoc> {
  const entry = await findById<StudyCheckinDoc>(ctx.db, 'studyCheckins', entryId)
  if (!entry || entry.memberId !== member._id) throw new DomainError('STUDY.ENTRY_NOT_FOUND')
  if (entry.status !== 'active') throw new DomainError('STUDY.ENTRY_WITHDRAWN')
  if (!isEditableNow(entry.createdAt, ctx.now())) throw new DomainError('STUDY.EDIT_CLOSED')
  return entry
}

function contentOf(entry: StudyCheckinDoc): StudyContent {
  const { itemId, title, kind, minutes, reflection, contentCheck } = entry
  return { itemId, title, kind, minutes, reflection, contentCheck }
}

export async function correctEntry(input: ContentInput & { entryId: string }, ctx: ActionContext): Promise<StudyEntry> {
  const member = ctx.caller.member as MemberDoc
  const entry = await ownEditableEntry(ctx, member, input.entryId)
  const content = await resolveContent(ctx, member, input)
  const now = ctx.now()
  const _ = ctx.db.command
  const res = await ctx.db
    .collection('studyCheckins')
    .where({ _id: entry._id, status: 'active', version: entry.version })
    .update({
      data: {
        ...content,
        updatedAt: now,
        version: _.inc(1),
        history: _.push([{ ...contentOf(entry), replacedAt: now }]),
      },
    })
  if (res.stats.updated !== 1) throw new DomainError('STUDY.ENTRY_CHANGED')
  return toEntry({ ...entry, ...content, updatedAt: now, version: entry.version + 1 }, now)
}

/** Withdraws the entry and answers with the 学习 page as it now reads, on the entry's day. */
export async function withdrawEntry(input: { entryId: string }, ctx: ActionContext): Promise<MyStudyMonth> {
  const member = ctx.caller.member as MemberDoc
  const entry = await ownEditableEntry(ctx, member, input.entryId)
  const now = ctx.now()
  const res = await ctx.db
    .collection('studyCheckins')
    .where({ _id: entry._id, status: 'active', version: entry.version })
    .update({ data: { status: 'withdrawn', withdrawnAt: now, updatedAt: now, version: ctx.db.command.inc(1) } })
  if (res.stats.updated !== 1) throw new DomainError('STUDY.ENTRY_CHANGED')
  return myStudyMonth({ day: entry.day }, ctx)
}
