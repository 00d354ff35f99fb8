/** Notices, the inbox, subscribe-message authorizations and reminder settings (issue 10). */
import * as v from 'valibot'
import { expectedSpec, materials } from '../activity/fields'
import { TEMPLATE_KEYS } from '../notify/templates'
import { action } from './define'
import { NOTICE_LIMITS } from './notify-limits'
import { docId, optionalText, text } from './fields'
import type {
  NoticeAdminView,
  NoticeDetail,
  NoticeForm,
  NoticeInbox,
  NoticeList,
  NoticeView,
  ReminderSettings,
  RemindResult,
} from './notify-views'

export type * from './notify-views'

export { NOTICE_LIMITS }

const noticeId = docId('通知')
const branchId = v.optional(docId('支部'))
const templateKey = v.picklist(TEMPLATE_KEYS, '提醒类型不对')
const answer = v.picklist(['accept', 'reject', 'ban', 'filter'], '授权结果不对')

const noticeFields = {
  title: text('通知标题', NOTICE_LIMITS.title, 2),
  body: text('通知内容', NOTICE_LIMITS.body),
  materials: v.optional(materials, []),
  needReceipt: v.optional(v.boolean('是否需要回执不对'), false),
}

const bureauAudience = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('bureau') }),
    v.object({
      kind: v.literal('branches'),
      branchIds: v.pipe(
        v.array(docId('支部'), '支部格式不对'),
        v.minLength(1, '请至少选择一个支部'),
        v.maxLength(100, '最多选择100个支部'),
      ),
    }),
  ],
  '发送范围不对',
)

export const memberNotifyActions = {
  /** 通知: unread first (every one), then read ones newest first, a page at a time. */
  'notice.inbox': action<NoticeInbox>()('member', v.object({ before: v.optional(v.string('分页位置不对')) })),
  /** Opens a notice addressed to me; the first open marks it read. */
  'notice.open': action<NoticeView>()('member', v.object({ noticeId })),
  /** 已阅/收到 on a notice that asks for a receipt (again is harmless). */
  'notice.ack': action<NoticeView>()('member', v.object({ noticeId })),
  /** 提醒设置: each kind on/off and how many pushes are left. */
  'reminders.get': action<ReminderSettings>()('member', v.object({})),
  'reminders.set': action<ReminderSettings>()('member', v.object({ kind: templateKey, on: v.boolean('开关格式不对') })),
  /**
   * What WeChat's authorization sheet answered, per template (one accept = one more push), and
   * which answers the member asked WeChat to keep (总是保持以上选择, read from getSetting).
   */
  'subscribe.record': action<ReminderSettings>()(
    'member',
    v.object({
      moment: v.picklist(['leave', 'signIn', 'duesReport', 'settings'], '授权的时机不对'),
      results: v.record(templateKey, answer, '授权结果不对'),
      kept: v.optional(v.array(templateKey, '保持的选择格式不对'), []),
    }),
  ),
}

export const secretaryNotifyActions = {
  /** 发通知's form: the branch's 党小组 and members to choose from. */
  'notice.form': action<NoticeForm>()('secretary', v.object({ branchId })),
  'notice.publish': action<NoticeAdminView>()(
    'secretary',
    v.object({ branchId, ...noticeFields, audience: v.optional(expectedSpec, { kind: 'branch' }) }),
  ),
  /** 发通知: the branch's notices (its own and its activities'), newest first, with read counts. */
  'notice.list': action<NoticeList>()('secretary', v.object({ branchId })),
  /** Who has read and who has not, and what became of each push. */
  'notice.detail': action<NoticeDetail>()('secretary', v.object({ noticeId })),
  /** Pushes once more to those who have not read; a second tap says when it was done. */
  'notice.remind': action<RemindResult>()('secretary', v.object({ noticeId })),
}

export const adminNotifyActions = {
  'notice.form': action<NoticeForm>()('admin', v.object({})),
  'notice.publish': action<NoticeAdminView>()(
    'admin',
    v.object({ ...noticeFields, audience: v.optional(bureauAudience, { kind: 'bureau' }) }),
  ),
  /** The bureau's notices, and every branch's notices held by the content check for a second look. */
  'notice.list': action<NoticeList>()('admin', v.object({})),
  'notice.detail': action<NoticeDetail>()('admin', v.object({ noticeId })),
  'notice.remind': action<RemindResult>()('admin', v.object({ noticeId })),
  /** A held notice: release it to its readers, or turn it down with a reason for its author; answers with its page. */
  'notice.review': action<NoticeDetail>()(
    'admin',
    v.object({
      noticeId,
      decision: v.picklist(['release', 'reject'], '处理方式不对'),
      reason: optionalText('原因', NOTICE_LIMITS.reason),
    }),
  ),
}
