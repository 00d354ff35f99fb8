/**
 * 谈心谈话 (issue 24 part 5): a talk is recorded by either party; its notes are read by the two
 * people only — never by a secretary who is not one of them, never by the office. The secretary
 * sees per member covered / not covered this year (core/talk/coverage.ts); the office the share
 * per branch.
 */
import * as v from 'valibot'
import { TALK_LIMITS } from '../talk/limits'
import { TALK_KINDS, type TalkKind, type TalkSide, type TalkStatus } from '../talk/types'
import { action } from './define'
import { chinaDateField, docId, optionalText, text, wholeBetween } from './fields'

export { TALK_LIMITS } from '../talk/limits'
export { TALK_KIND_LABELS, TALK_KIND_RULES, TALK_RULE_SOURCE, TALK_STATUS_LABELS } from '../talk/labels'
export type { TalkKind, TalkSide, TalkStatus } from '../talk/types'

/** A change to a talk's record, as both parties read it. */
export interface TalkChange {
  at: number
  byName: string
  /** 更正 or 撤回. */
  what: string
  reason: string
}

/** One talk as one of its two parties sees it (notes included: they are the two people's). */
export interface TalkView {
  id: string
  partner: { id: string; name: string }
  date: string
  notes: string
  status: TalkStatus
  recordedByMe: boolean
  recordedByName: string
  changes: TalkChange[]
  /** Only the person who recorded it corrects or withdraws it, while it stands. */
  canChange: boolean
}

/** Per kind for one person, in words: `已谈`, `未谈`, `未谈（还差：王芳）`, or null when not asked of them. */
export type KindWords = Record<TalkKind, string | null>

/** 我的谈心谈话: this year's talks, whom I may pick, and how I stand this year. */
export interface MyTalks {
  year: number
  /** Today in China time: the latest day a talk can be recorded for. */
  today: string
  /** The earliest day I can record (I arrived in the branch). */
  earliest: string
  /** The branch's people I may talk with, roster order by name, with their role in words. */
  people: Array<{ id: string; name: string; role: string }>
  talks: TalkView[]
  /** My coverage this year by the kinds the branch counts. */
  me: { covered: boolean; kinds: KindWords }
  /** The kinds the branch counts, and what covered means for each, in words. */
  rules: Array<{ kind: TalkKind; label: string; rule: string }>
}

/** One member's line on the secretary's sheet: no notes, no partners' talk contents. */
export interface CoverageRow {
  id: string
  name: string
  role: string
  side: TalkSide
  covered: boolean
  kinds: KindWords
  /** What is still missing, in words; '' when covered. */
  missing: string
  talks: number
  lastDate: string | null
}

/** The secretary's 谈心谈话 sheet for a year. */
export interface CoverageSheet {
  branchId: string
  branchName: string
  year: number
  years: number[]
  /** Which kinds the branch counts (its setting) and every kind's words. */
  kinds: TalkKind[]
  rules: Array<{ kind: TalkKind; label: string; rule: string; counted: boolean }>
  source: string
  figures: {
    counted: number
    covered: number
    /** `12/20人（60%）`. */
    share: string
    perKind: Array<{ kind: TalkKind; label: string; counted: number; covered: number; share: string }>
  }
  /** Talks recorded this year in the branch (standing ones). */
  talks: number
  rows: CoverageRow[]
  /** The next 组织生活会 within 30 days while coverage is incomplete, in words; null otherwise. */
  nudge: string | null
}

/** The office's view: each branch's share for the year, in the organisation's order (never ranked). */
export interface TalkShares {
  year: number
  years: number[]
  branches: Array<{ branchId: string; name: string; counted: number; covered: number; share: string; talks: number }>
  total: { counted: number; covered: number; share: string; talks: number }
}

const talkId = docId('谈话记录')
const partnerId = docId('谈话对象')
const date = chinaDateField('谈话日期')
const notes = optionalText('谈话要点', TALK_LIMITS.notes)
const reason = text('原因', TALK_LIMITS.reason, TALK_LIMITS.reasonMin)
const year = v.optional(wholeBetween(2000, 2100, '年份不对'))
const branchId = v.optional(docId('支部'))
const kind = v.picklist(TALK_KINDS as TalkKind[], '谈话类别不对')

export const memberTalkActions = {
  /** My talks this year, whom I may record one with, and how I stand. */
  'talk.mine': action<MyTalks>()('member', v.object({})),
  /** Records a talk I had with a member of my branch. */
  'talk.record': action<MyTalks>()('member', v.object({ partnerId, date, notes })),
  /** Corrects a talk I recorded: whom, when, notes; with the reason, which the other party sees. */
  'talk.correct': action<MyTalks>()('member', v.object({ talkId, partnerId, date, notes, reason })),
  /** Withdraws a talk I recorded (recorded by mistake), with the reason. */
  'talk.withdraw': action<MyTalks>()('member', v.object({ talkId, reason })),
}

export const secretaryTalkActions = {
  /** Per member covered / not covered for the year, without any notes. */
  'talk.coverage': action<CoverageSheet>()('secretary', v.object({ branchId, year })),
  /** Which pair kinds count toward the branch's coverage. */
  'talk.setting': action<CoverageSheet>()(
    'secretary',
    v.object({
      branchId,
      year,
      kinds: v.pipe(v.array(kind, '谈话类别不对'), v.maxLength(TALK_KINDS.length, '谈话类别不对')),
    }),
  ),
}

export const adminTalkActions = {
  /** Each branch's share of members covered for the year. */
  'talk.shares': action<TalkShares>()('admin', v.object({ year })),
}
