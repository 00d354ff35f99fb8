import type { ActionName, FunctionName, InputOf, OutputOf } from '@core/contract'
import { CloudError } from '@/errors/cloud-error'
import { unwrapEnvelope } from './envelope'
import { openTap } from './request-keys'
import { send } from './transport'

export { CloudError } from '@/errors/cloud-error'

/** Tries per call: one more when the answer was lost on the way or the function crashed. */
const TRIES = 2

/** The request may have been done, or not: only a retry with the same key can tell safely. */
function answerLost(error: unknown): boolean {
  return error instanceof CloudError && (error.code === 'NETWORK.UNREACHABLE' || error.code === 'INTERNAL')
}

/**
 * Calls one action of one cloud function, typed by the contract in core/contract.
 * Resolves with the action's data; rejects with a CloudError whose message is for people.
 * Every tap carries a request key (request-keys.ts): a lost answer is retried once with the same
 * key, and the same tap tapped again after the error keeps it, so nothing is written twice.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
): Promise<OutputOf<F, A>> {
  const tap = openTap(fn, action, input)
  for (let tries = 1; ; tries++) {
    try {
      const data = unwrapEnvelope<OutputOf<F, A>>(await send(fn, action, input, tap.key))
      tap.answered()
      return data
    } catch (error) {
      if (answerLost(error) && tries < TRIES) continue
      if (answerLost(error)) tap.lost()
      else tap.answered()
      throw error
    }
  }
}
