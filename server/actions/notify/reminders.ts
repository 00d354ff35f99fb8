/** 提醒设置 and the answers of WeChat's authorization sheet, as the member's phone reports them. */
import type { ReminderSettings } from '../../../core/contract/notify-views'
import { SUBSCRIBE_TEMPLATES, type AskMoment, type TemplateKey } from '../../../core/notify/templates'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { keyedId } from '../../runtime/request-key'
import type { ActionContext } from '../../runtime/types'
import { changeSubscription, mySubscriptions, settingsView } from './subscriptions'

type Answer = 'accept' | 'reject' | 'ban' | 'filter'

function me(ctx: ActionContext): MemberDoc {
  if (!ctx.caller.member) throw new DomainError('AUTH.NOT_BOUND')
  return ctx.caller.member
}

export async function reminderSettings(_input: object, ctx: ActionContext): Promise<ReminderSettings> {
  return settingsView(await mySubscriptions(ctx.db, me(ctx)._id, ctx.now()))
}

export async function setReminder(
  input: { kind: TemplateKey; on: boolean },
  ctx: ActionContext,
): Promise<ReminderSettings> {
  const member = me(ctx)
  await changeSubscription(ctx.db, member._id, input.kind, { set: { on: input.on } }, ctx.now())
  return reminderSettings({}, ctx)
}

/**
 * One `accept` is one more push allowed (for a one-time template); `reject` and `ban` are kept so
 * that the app does not ask again at the next tap; `filter` (a template WeChat withheld) changes nothing.
 */
export async function recordAnswers(
  input: { moment: AskMoment; results: Partial<Record<TemplateKey, Answer>>; kept: TemplateKey[] },
  ctx: ActionContext,
): Promise<ReminderSettings> {
  const member = me(ctx)
  const now = ctx.now()
  for (const [key, answer] of Object.entries(input.results) as Array<[TemplateKey, Answer]>) {
    if (answer === 'filter') continue
    const oneTime = SUBSCRIBE_TEMPLATES[key].kind === 'oneTime'
    await changeSubscription(
      ctx.db,
      member._id,
      key,
      {
        set: {
          lastAnswer: answer,
          kept: input.kept.includes(key),
          answeredAt: now,
          ...(answer === 'accept' ? { on: true } : {}),
        },
        add: answer === 'accept' && oneTime ? 1 : 0,
      },
      now,
      ctx.requestKey ? keyedId(ctx, `answer ${key}`) : undefined,
    )
  }
  return reminderSettings({}, ctx)
}
