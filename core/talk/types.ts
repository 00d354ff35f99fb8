/**
 * 谈心谈话 (issue 24): talks between members of one branch, recorded by either party. The
 * 《中国共产党支部工作条例（试行）》 (2018) 第二十二条: “党支部应当经常开展谈心谈话。支部委员之间、
 * 支部委员和党员之间、党员和党员之间，每年谈心谈话一般不少于1次。” The app keeps who talked with
 * whom and when; the notes are the two people's own and no one else reads them.
 */

/** The three kinds of pair the 条例 names. 支委 = roster role 书记 or 支委; everyone else is 党员. */
export type TalkKind = 'committeeCommittee' | 'committeeMember' | 'memberMember'

export const TALK_KINDS: readonly TalkKind[] = ['committeeCommittee', 'committeeMember', 'memberMember']

/** Which side of the 条例's pairs a person stands on. */
export type TalkSide = 'committee' | 'member'

export type TalkStatus = 'active' | 'withdrawn'

/** A branch's choice of which kinds count toward coverage; default: all three, as the 条例 says. */
export interface TalkSetting {
  kinds: TalkKind[]
}

export const DEFAULT_TALK_KINDS: readonly TalkKind[] = TALK_KINDS
