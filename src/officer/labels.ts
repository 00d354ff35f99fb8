/** How officers' screens put roster facts into words. */
import { ROLE_LABELS, type MemberRow } from '@core/contract/org'
import { formatChinaDateTime } from '@core/dates'

/** `书记`, `支委（组织委员）`, `党员` */
export function roleText(row: Pick<MemberRow, 'role' | 'duty'>): string {
  const role = ROLE_LABELS[row.role]
  return row.duty && row.duty !== role ? `${role}（${row.duty}）` : role
}

/** Whether the member has bound their WeChat, with a mark so that colour is not the only signal. */
export function bindingText(row: Pick<MemberRow, 'bound'>): string {
  return row.bound ? '✓ 已绑定微信' : '○ 未绑定'
}

/** The state of an unbound member's binding code. */
export function codeText(code: MemberRow['code']): string {
  switch (code.state) {
    case 'none':
      return '未发码'
    case 'active':
      return code.expiresAt ? `绑定码有效至${formatChinaDateTime(code.expiresAt)}` : '绑定码有效'
    case 'expired':
      return '绑定码已过期'
    case 'locked':
      return '绑定码已锁定（输错次数太多）'
    case 'used':
      return '未发码（原绑定已解除）'
  }
}

export function countBound(rows: Pick<MemberRow, 'bound'>[]): { bound: number; unbound: number } {
  const bound = rows.filter((row) => row.bound).length
  return { bound, unbound: rows.length - bound }
}
