/** Words for 谈心谈话, as the screens and the audit log say them. */
import type { TalkKind, TalkStatus } from './types'

export const TALK_KIND_LABELS: Record<TalkKind, string> = {
  committeeCommittee: '支委之间',
  committeeMember: '支委与党员',
  memberMember: '党员之间',
}

/**
 * What “谈过” means for each kind, in the plain words the screens show beside the coverage
 * (core/talk/coverage.ts applies exactly this).
 */
export const TALK_KIND_RULES: Record<TalkKind, string> = {
  committeeCommittee: '每位支委今年与其他每一位支委都谈过至少1次',
  committeeMember: '每位党员今年与至少1位支委谈过；每位支委今年与至少1位党员谈过',
  memberMember: '每位党员今年与至少1位其他党员谈过',
}

export const TALK_STATUS_LABELS: Record<TalkStatus, string> = {
  active: '有效',
  withdrawn: '已撤回',
}

/** The 条例's words, quoted on the secretary's screen. */
export const TALK_RULE_SOURCE =
  '《中国共产党支部工作条例（试行）》第二十二条：支部委员之间、支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于1次。'
