/**
 * The arithmetic of a vote at a 支部党员大会, as the rules lay it down:
 *
 * - 《中国共产党发展党员工作细则》第二十条: the meeting may decide only when 有表决权的到会人数
 *   超过应到会有表决权人数的半数; and (the 细则's next articles on the meeting's procedure) a
 *   motion passes only when 赞成人数超过应到会有表决权的正式党员的半数 — of all who are entitled,
 *   not of those who came; 因故不能到会的有表决权的正式党员，在支部党员大会召开前正式向党支部提出
 *   书面意见的，应当统计在票数内. 第三十三条 applies the same (到会人数、赞成人数) to making a
 *   预备党员 full.
 * - 《中国共产党章程》第七条: 预备党员 have no 表决权, so they count neither as entitled nor as present.
 * - 《中国共产党支部工作条例（试行）》: 党员大会 decides by 少数服从多数 — the same majority for
 *   the branch's other motions.
 *
 * Written opinions count in the tally and never toward the quorum: their senders did not come.
 */
import type { Tally, VoteFigures, VoteOutcome } from './types'
import { VOTE_OUTCOME_LABELS } from './labels'

/** More than half of n: the smallest whole number above n / 2. */
export function moreThanHalf(n: number): number {
  return Math.floor(n / 2) + 1
}

/** How many entitled members must be present for the meeting to decide. */
export function quorumNeeded(figures: VoteFigures): number {
  return moreThanHalf(figures.entitled)
}

/** Valid when those present exceed half of those entitled (and someone is entitled at all). */
export function meetingValid(figures: VoteFigures): boolean {
  return figures.entitled > 0 && figures.present >= quorumNeeded(figures)
}

/** 赞成 needed to pass: more than half of all entitled, present or not. */
export function passThreshold(figures: VoteFigures): number {
  return moreThanHalf(figures.entitled)
}

export const tallyTotal = (t: Tally): number => t.for + t.against + t.abstain

export type TallyProblemCode =
  'VOTE.EMPTY_TALLY' | 'VOTE.WRITTEN_OVER' | 'VOTE.WRITTEN_NOT_IN_TALLY' | 'VOTE.TALLY_OVER' | 'VOTE.NO_ONE_ENTITLED'

/**
 * Why a tally cannot be what was counted, with the figures in words; null when it can be.
 * Votes come from those present and entitled, plus written opinions from the entitled absent.
 */
export function tallyProblem(figures: VoteFigures, t: Tally): { code: TallyProblemCode; message: string } | null {
  const { entitled, present } = figures
  const total = tallyTotal(t)
  const absent = entitled - present
  if (entitled === 0) {
    return { code: 'VOTE.NO_ONE_ENTITLED', message: '这次大会没有应到会有表决权的正式党员，不能表决' }
  }
  if (total === 0) return { code: 'VOTE.EMPTY_TALLY', message: '请填写赞成、反对、弃权的票数' }
  if (t.written > absent) {
    return {
      code: 'VOTE.WRITTEN_OVER',
      message: `书面意见${t.written}份，多于没有到会的有表决权党员${absent}人（应到${entitled}人，到会${present}人）`,
    }
  }
  if (t.written > total) {
    return {
      code: 'VOTE.WRITTEN_NOT_IN_TALLY',
      message: `书面意见${t.written}份，多于赞成、反对、弃权合计的${total}票：书面意见也要计入这三项之一`,
    }
  }
  if (total > present + t.written) {
    return {
      code: 'VOTE.TALLY_OVER',
      message: `赞成、反对、弃权合计${total}票，超过了到会有表决权的${present}人加书面意见${t.written}份（最多${present + t.written}票）`,
    }
  }
  return null
}

export interface VoteResult {
  valid: boolean
  quorumNeeded: number
  threshold: number
  outcome: VoteOutcome
  /** 通过 / 未通过 / 会议无效…, as one word. */
  label: string
  /** The reasoning with its figures, one sentence a line. */
  lines: string[]
}

export function tallyWords(t: Tally): string {
  const written = t.written > 0 ? `（其中书面意见${t.written}份）` : ''
  return `赞成${t.for}票，反对${t.against}票，弃权${t.abstain}票${written}`
}

/** Whether the meeting could decide, in words. */
export function quorumWords(figures: VoteFigures): string {
  const { entitled, present } = figures
  if (entitled === 0) return '没有应到会有表决权的正式党员，不能表决'
  const need = quorumNeeded(figures)
  return meetingValid(figures)
    ? `到会${present}人，超过应到${entitled}人的半数（至少${need}人），会议有效`
    : `到会${present}人，没有超过应到${entitled}人的半数（至少${need}人），会议无效，不能作出决议`
}

export function thresholdWords(figures: VoteFigures): string {
  return `赞成票须超过应到会有表决权的正式党员${figures.entitled}人的半数，即至少${passThreshold(figures)}票（按应到人数算，不按到会人数算）`
}

/** What a motion came to, with every figure that decided it. */
export function voteResult(figures: VoteFigures, t: Tally): VoteResult {
  const valid = meetingValid(figures)
  const threshold = passThreshold(figures)
  const outcome: VoteOutcome = !valid ? 'void' : t.for >= threshold ? 'passed' : 'failed'
  const lines = [tallyWords(t)]
  if (outcome === 'void') {
    lines.push(quorumWords(figures))
  } else if (outcome === 'passed') {
    lines.push(`赞成${t.for}票，超过应到会有表决权的${figures.entitled}人的半数（至少${threshold}票），通过`)
  } else {
    const cast = tallyTotal(t)
    const majorityOfCast = t.for > cast / 2
    lines.push(
      `赞成${t.for}票，没有超过应到会有表决权的${figures.entitled}人的半数（至少${threshold}票），未通过` +
        (majorityOfCast ? `；虽然超过了所投${cast}票的半数，但通过要按应到人数算` : ''),
    )
  }
  return { valid, quorumNeeded: quorumNeeded(figures), threshold, outcome, label: VOTE_OUTCOME_LABELS[outcome], lines }
}

/** One person expected at the meeting, as the sign-in and the roster know them. */
export interface ExpectedPerson {
  probationary: boolean
  present: boolean
}

/**
 * The figures of a meeting from its sign-in: full members expected are entitled, those of them
 * signed in are present; 预备党员 are counted apart (they attend, and do not vote).
 */
export function figuresOf(people: readonly ExpectedPerson[]): VoteFigures & { probationary: number } {
  const full = people.filter((p) => !p.probationary)
  return {
    entitled: full.length,
    present: full.filter((p) => p.present).length,
    probationary: people.length - full.length,
  }
}

/** 应到会有表决权的正式党员N人，到会M人（预备党员P人没有表决权，不计在内）. */
export function figuresWords(figures: VoteFigures & { probationary?: number }): string {
  const p = figures.probationary ?? 0
  const apart = p > 0 ? `（另有预备党员${p}人，没有表决权，不计在内）` : ''
  return `应到会有表决权的正式党员${figures.entitled}人，到会${figures.present}人${apart}`
}
