/** How long the organisation's fields may be: in a file of their own so that pages import them without valibot. */
export const ORG_LIMITS = {
  /** A person's name as on the roster. */
  personName: 20,
  orgName: 40,
  /** 支委分工 */
  duty: 20,
  /** The binding code's digits. */
  bindingCode: 6,
  /** Why a binding was revoked, a member moved, marked as left or edited. */
  reason: 200,
  /** A reason says at least something. */
  reasonMin: 2,
  /** Entries in one page of the 审计日志 screen (a few days' worth; older ones on 加载更多). */
  auditPage: 20,
} as const
