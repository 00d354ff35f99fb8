import { randomBytes } from 'node:crypto'

/** WeChat's generated `_id`s are 32 lowercase hex characters. */
export function newDocId(): string {
  return randomBytes(16).toString('hex')
}

export function newTransactionId(): string {
  return randomBytes(16).toString('hex')
}
