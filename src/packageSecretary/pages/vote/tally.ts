/** The tally form's values as typed, and what they make: whole numbers, or which one is not. */
import type { Tally } from '@core/contract/vote'
import { TALLY_FIELDS } from '@core/vote/types'

export interface TallyDraft {
  title: string
  for: string
  against: string
  abstain: string
  written: string
  reason: string
}

export const emptyDraft = (): TallyDraft => ({
  title: '',
  for: '',
  against: '',
  abstain: '',
  written: '',
  reason: '',
})

export function draftOf(tally: Tally, title = ''): TallyDraft {
  return {
    title,
    for: String(tally.for),
    against: String(tally.against),
    abstain: String(tally.abstain),
    written: String(tally.written),
    reason: '',
  }
}

/** The tally typed, empty boxes as 0; or the boxes that do not hold a whole number of 0 or more. */
export function tallyOf(draft: TallyDraft): { tally: Tally } | { wrong: Record<string, string> } {
  const wrong: Record<string, string> = {}
  const out: Partial<Tally> = {}
  for (const key of TALLY_FIELDS) {
    const text = draft[key].trim()
    if (text === '') out[key] = 0
    else if (/^\d+$/.test(text)) out[key] = Number(text)
    else wrong[key] = '请填写0或正整数'
  }
  return Object.keys(wrong).length > 0 ? { wrong } : { tally: out as Tally }
}
