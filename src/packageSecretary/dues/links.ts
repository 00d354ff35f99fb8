/** Addresses of the secretary's 党费 screens; an admin's branch travels along. */
const ROOT = '/packageSecretary/pages'

function query(params: Record<string, string | number | undefined>): string {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

export const duesMemberUrl = (memberId: string) => `${ROOT}/dues-member/index${query({ memberId })}`

export const duesAmountsUrl = (p: { branchId?: string; year: number; month: string }) =>
  `${ROOT}/dues-amounts/index${query(p)}`

export const duesLedgerUrl = (p: { branchId?: string; month: string; limit: number }) =>
  `${ROOT}/dues-ledger/index${query(p)}`

export const branchDuesUrl = (branchId?: string) => `${ROOT}/dues/index${query({ branchId })}`
