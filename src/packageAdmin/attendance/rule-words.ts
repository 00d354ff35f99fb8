import { MEETING_RULES, ruleWords } from '@core/attendance/rules'

/** `每月1次` for each rule, by key. */
export const RULE_WORDS: Record<string, string> = Object.fromEntries(MEETING_RULES.map((r) => [r.key, ruleWords(r)]))
