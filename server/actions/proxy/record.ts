/**
 * A linked member records for an elderly member: the member's own use case runs with the
 * member's rules (window, code, place; the 3-day limit; the 补学 task's state), the record
 * carries the proxy's mark (代记), and each record is audited under the proxy's name.
 */
import type { MakeupView, SignInResult } from '../../../core/contract/activity'
import type { Position } from '../../../core/activity/types'
import type { StudyEntry } from '../../../core/contract/study'
import { audit } from '../../runtime/audit'
import type { ActionContext } from '../../runtime/types'
import { submitMakeup } from '../activity/makeup'
import { recordId } from '../activity/records'
import { signIn } from '../activity/sign-in'
import { checkIn } from '../study/check-in'
import type { ContentInput } from '../study/content'
import { linkedElder } from './access'

export async function proxySignIn(
  input: { elderId: string; activityId: string; code: string; via?: 'code' | 'qr'; position?: Position },
  ctx: ActionContext,
): Promise<SignInResult> {
  const { elder, asElder, mark, link } = await linkedElder(ctx, input.elderId)
  const { elderId: _elderId, ...signInInput } = input
  const result = await signIn(signInInput, asElder, mark)
  if (!result.already) {
    await audit(ctx, {
      kind: 'proxy.signIn',
      summary: `${mark.name}代${elder.name}签到“${result.title}”`,
      branchId: link.branchId,
      targetId: recordId(input.activityId, elder._id),
      after: { status: 'present', method: result.method, at: result.at, proxy: mark.name },
    })
  }
  return result
}

export async function proxyCheckIn(
  input: ContentInput & { elderId: string; day?: string },
  ctx: ActionContext,
): Promise<StudyEntry> {
  const { elder, asElder, mark, link } = await linkedElder(ctx, input.elderId)
  const { elderId: _elderId, ...content } = input
  const entry = await checkIn(content, asElder, mark)
  await audit(ctx, {
    kind: 'proxy.checkIn',
    summary: `${mark.name}代${elder.name}记录学习“${entry.title}”（${entry.day}）`,
    branchId: link.branchId,
    targetId: entry.id,
    after: { day: entry.day, title: entry.title, minutes: entry.minutes, proxy: mark.name },
  })
  return entry
}

export async function proxyMakeup(
  input: { elderId: string; activityId: string; reflection: string },
  ctx: ActionContext,
): Promise<MakeupView> {
  const { elder, asElder, mark, link } = await linkedElder(ctx, input.elderId)
  const view = await submitMakeup({ activityId: input.activityId, reflection: input.reflection }, asElder, mark)
  await audit(ctx, {
    kind: 'proxy.makeup',
    summary: `${mark.name}代${elder.name}提交“${view.title}”的补学心得`,
    branchId: link.branchId,
    targetId: recordId(input.activityId, elder._id),
    after: { status: view.status, proxy: mark.name },
  })
  return view
}
