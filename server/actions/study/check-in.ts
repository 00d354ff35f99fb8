/** 学习打卡: a member records what they studied, today or as a late entry for the last 3 days. */
import type { StudyEntry } from '../../../core/contract/study'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { judgeEntryDay, MAX_ENTRIES_PER_DAY, monthOfDay } from '../../../core/study'
import type { MemberDoc } from '../../model'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ProxyMark } from '../proxy/model'
import { resolveContent, type ContentInput } from './content'
import type { StudyCheckinDoc } from './model'
import { entryCountOfDay } from './reads'
import { toEntry } from './views'

export async function checkIn(
  input: ContentInput & { day?: string },
  ctx: ActionContext,
  proxy?: ProxyMark,
): Promise<StudyEntry> {
  const member = ctx.caller.member as MemberDoc
  const now = ctx.now()
  const id = `sc-${keyedId(ctx, 'checkIn')}`
  // A retry of the same tap: the entry the first try wrote.
  const earlier = await findById<StudyCheckinDoc>(ctx.db, 'studyCheckins', id)
  if (earlier) return toEntry(earlier, now)
  const day = input.day ?? chinaDate(now)
  const verdict = judgeEntryDay(day, chinaDate(now))
  if (!verdict.ok) throw new DomainError(verdict.reason === 'future' ? 'STUDY.FUTURE_DAY' : 'STUDY.TOO_LATE')
  if ((await entryCountOfDay(ctx, member._id, day)) >= MAX_ENTRIES_PER_DAY) throw new DomainError('STUDY.DAY_FULL')
  const content = await resolveContent(ctx, member, input)
  const doc: StudyCheckinDoc = {
    _id: id,
    memberId: member._id,
    branchId: member.branchId,
    day,
    month: monthOfDay(day),
    late: verdict.late,
    ...content,
    status: 'active',
    createdAt: now,
    updatedAt: now,
    withdrawnAt: null,
    version: 1,
    history: [],
    ...(proxy ? { proxy } : {}),
  }
  return toEntry((await addOnce(ctx.db, 'studyCheckins', doc)).doc, now)
}
