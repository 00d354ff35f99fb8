import * as v from 'valibot'
import { DomainError } from './errors'

const HAS_CJK = /[\u4e00-\u9fff]/

/** Chinese message of one valibot issue; schemas carry their own, this is the fallback. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (HAS_CJK.test(issue.message)) return issue.message
  if (issue.kind === 'schema' && issue.received === 'undefined') return '这一项必须填写'
  return '格式不对'
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.') || '_'
}

/**
 * A form shows a handful of problems at once; a payload with 100,000 bad array elements must not
 * answer with 100,000 of them (the answer would pass WeChat's 1 MB limit and fail as a system error).
 */
export const MAX_FIELD_PROBLEMS = 20

/**
 * Validates a request before any read or write. Throws REQUEST.INVALID with a message a
 * person can act on and the problem of each field (at most MAX_FIELD_PROBLEMS of them).
 */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input ?? {})
  if (result.success) return result.output
  const fields: Record<string, string> = {}
  for (const issue of result.issues) {
    const path = issuePath(issue)
    if (fields[path]) continue
    if (Object.keys(fields).length === MAX_FIELD_PROBLEMS) break
    fields[path] = issueMessage(issue)
  }
  const first = Object.values(fields)[0]
  throw new DomainError('REQUEST.INVALID', first ?? '填写的内容有误', fields)
}

/**
 * The deepest nesting of objects and arrays a function accepts in its event (the event's own
 * level counted): far deeper than any input of the contract, far shallower than what would
 * exhaust a stack in validation. A real WeChat function is handed whatever JSON a client sends.
 */
export const MAX_EVENT_DEPTH = 32

/** Whether a value nests objects and arrays deeper than `max`; walks without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }]
  while (stack.length > 0) {
    const { value: next, depth } = stack.pop() as { value: unknown; depth: number }
    if (next === null || typeof next !== 'object') continue
    if (depth > max) return true
    for (const child of Object.values(next as Record<string, unknown>)) stack.push({ value: child, depth: depth + 1 })
  }
  return false
}
