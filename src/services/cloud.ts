import type { ActionName, FunctionName, InputOf, OutputOf } from '@core/contract'
import { unwrapEnvelope } from './envelope'
import { send } from './transport'

export { CloudError } from './cloud-error'

/**
 * Calls one action of one cloud function, typed by the contract in core/contract.
 * Resolves with the action's data; rejects with a CloudError whose message is for people.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: InputOf<F, A>,
): Promise<OutputOf<F, A>> {
  const body = await send(fn, action, input)
  return unwrapEnvelope<OutputOf<F, A>>(body)
}
