/**
 * 代为记录 (PRODUCT.md §8): a branch lets a linked member — family in the branch, or a 支委 —
 * record attendance sign-in, a study check-in or a 补学 心得 on behalf of an elderly member who
 * asked for it. The secretary grants and withdraws each link with a reason; every record says
 * who made it (代记) and every grant, withdrawal and proxy record is audited.
 */
import * as v from 'valibot'
import { position, reason as writtenReason, reflection, signInCode } from '../activity/fields'
import { action } from './define'
import { chinaDateField, docId, optionalText } from './fields'
import { PROXY_LIMITS } from './proxy-limits'
import type { ActivityListItem, ActivityPage, MakeupItem, MakeupView, SignInResult } from './activity-views'
import type { MemberRole } from './org'
import { oneSource, studyContent, type MyStudyMonth, type StudyEntry } from './study'

/** Why this person may record: family (in the same branch) or a 支委 of the branch. */
export type ProxyRelation = 'family' | 'committee'

export const PROXY_RELATION_LABELS: Record<ProxyRelation, string> = { family: '家属', committee: '支委' }

/** One link as the secretary manages it. */
export interface ProxyLinkView {
  id: string
  elder: { id: string; name: string }
  proxy: { id: string; name: string; bound: boolean }
  relation: ProxyRelation
  /** e.g. 女儿, 组织委员 (may be empty). */
  note: string
  reason: string
  grantedAt: number
  grantedByName: string
}

/** 代为记录 (secretary): the branch's active links, and whom a new link may name. */
export interface BranchProxyLinks {
  branch: { id: string; name: string }
  links: ProxyLinkView[]
  members: Array<{ id: string; name: string; role: MemberRole; bound: boolean }>
}

/** A member linked to me (I may record for them), or one who may record for me. */
export interface ProxyPerson {
  memberId: string
  name: string
  relation: ProxyRelation
  note: string
  reason: string
  grantedAt: number
}

/** 我的 → 代为记录: whom I record for, and who may record for me. */
export interface MyProxyLinks {
  recordFor: ProxyPerson[]
  recordedBy: ProxyPerson[]
}

/** One elderly member as their proxy sees them: what may be recorded today, in one call. */
export interface ProxyMemberPage {
  elder: ProxyPerson
  /** The elder's upcoming activities (soonest first), each with what may be done now. */
  activities: ActivityListItem[]
  /** The elder's open 补学 tasks. */
  makeup: MakeupItem[]
  /** The elder's study page (reading list, recordable days, today's entries). */
  study: MyStudyMonth
}

const elderId = docId('党员')
/** The member's own check-in (study.checkIn), for the linked member named by `elderId`. */
const proxyCheckInInput = v.object({ elderId, day: v.optional(chinaDateField('学习日期')), ...studyContent })
type ProxyCheckIn = v.InferOutput<typeof proxyCheckInInput>
const activityId = docId('活动')
const relation = v.picklist(['family', 'committee'], '请选择代记人与本人的关系')

export const memberProxyActions = {
  /** 我的 → 代为记录: the members I may record for, and who may record for me. */
  'proxy.mine': action<MyProxyLinks>()('member', v.object({})),
  /** One elderly member linked to me: activities, 补学 and study in one call. */
  'proxy.member': action<ProxyMemberPage>()('member', v.object({ elderId })),
  /** One activity of a linked member, as they would see it (for 代签到 and 代写补学心得). */
  'proxy.activity': action<ActivityPage & { elderName: string }>()('member', v.object({ elderId, activityId })),
  /** Signs a linked member in with the code shown on the secretary's phone. */
  'proxy.signIn': action<SignInResult>()(
    'member',
    v.object({
      elderId,
      activityId,
      code: signInCode,
      via: v.optional(v.picklist(['code', 'qr'], '签到方式不对'), 'code'),
      position: v.optional(position),
    }),
  ),
  /** Records a study check-in for a linked member (today or one of the last 3 days). */
  'proxy.checkIn': action<StudyEntry>()('member', v.pipe(proxyCheckInInput, oneSource<ProxyCheckIn>())),
  /** Submits (or resubmits) a linked member's 补学 心得, as they dictated it. */
  'proxy.makeup': action<MakeupView>()('member', v.object({ elderId, activityId, reflection })),
}

export const secretaryProxyActions = {
  /** 代为记录 (支部管理): the branch's links and its members to choose from. */
  'proxy.links': action<BranchProxyLinks>()('secretary', v.object({ branchId: v.optional(docId('支部')) })),
  /** Lets `proxyId` record for `elderId`, at the elder's request, with a reason (audited). */
  'proxy.grant': action<ProxyLinkView>()(
    'secretary',
    v.object({
      elderId,
      proxyId: docId('代记人'),
      relation,
      note: optionalText('关系说明', PROXY_LIMITS.note),
      reason: writtenReason,
    }),
  ),
  /** Ends a link, with a reason (audited); records already made stay as they are. */
  'proxy.withdraw': action<{ id: string }>()(
    'secretary',
    v.object({ linkId: docId('代记授权'), reason: writtenReason }),
  ),
}
