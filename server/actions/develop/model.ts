import type { DevelopDoc, DevelopRecord, DevelopStatus, DevelopStep } from '../../../core/develop/types'

/** One recorded step: its China day and who recorded it. */
export interface StepEntry {
  day: string
  at: number
  byId: string | null
  byName: string
  /** The tap that recorded it (request-key.ts): a retry meets its own entry and writes nothing more. */
  key: string
  /** 确定培养联系人 / 确定入党介绍人: roster ids of the branch's full members, and their names then. */
  memberIds?: string[]
  memberNames?: string[]
  /** 集中培训: days and 学时. */
  days?: number
  hours?: number
  /** 支部大会讨论: the passed 表决 whose meeting gave the day. */
  voteId?: string
  voteWords?: string
}

/**
 * A person in 党员发展's pipeline (issue 25). Not a member: only what the steps need. Never
 * deleted: a person who leaves it is archived with the reason.
 */
export interface DevelopCandidateDoc {
  _id: string
  name: string
  branchId: string
  status: DevelopStatus
  steps: Partial<Record<DevelopStep, StepEntry>>
  /** 培养教育考察: each half-year review. */
  reviews: StepEntry[]
  extension: { months: number; day: string; at: number; byName: string } | null
  docs: Partial<Record<DevelopDoc, { at: number; byName: string }>>
  /** The roster entry made at the admission. */
  memberId: string | null
  /** Keys of the deadline reminders sent (rules.ts `DevelopDeadline.key`): each once. */
  reminded: string[]
  archived: { reason: string; at: number; byName: string } | null
  createdAt: number
  updatedAt: number
}

export function recordOf(doc: Pick<DevelopCandidateDoc, 'steps' | 'reviews' | 'extension'>): DevelopRecord {
  const steps: DevelopRecord['steps'] = {}
  for (const [k, e] of Object.entries(doc.steps)) if (e) steps[k as DevelopStep] = e.day
  return { steps, reviews: doc.reviews.map((r) => r.day), extensionMonths: doc.extension?.months ?? null }
}
