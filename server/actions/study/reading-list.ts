/** Reading-list reads: what a branch's members see, and the bureau-wide list. */
import type { ActionContext } from '../../runtime/types'
import { findAll } from '../../runtime/store'
import type { StudyItemDoc } from './model'

/** Active bureau-wide items and the branch's own active items. */
export async function readingListFor(ctx: ActionContext, branchId: string): Promise<StudyItemDoc[]> {
  const _ = ctx.db.command
  return findAll<StudyItemDoc>(
    ctx.db,
    'studyItems',
    _.or([
      { scope: 'bureau', status: 'active' },
      { scope: 'branch', branchId, status: 'active' },
    ]),
  )
}

export async function bureauReadingList(ctx: ActionContext): Promise<StudyItemDoc[]> {
  return findAll<StudyItemDoc>(ctx.db, 'studyItems', { scope: 'bureau', status: 'active' })
}
