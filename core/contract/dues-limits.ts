/** How long the 党费 fields may be: in a file of their own so that pages import them without valibot. */
export const DUES_LIMITS = {
  /** A member's or a collector's note on a payment. */
  note: 100,
  /** Why a payment was returned or corrected, or a reduction given. */
  reason: 200,
  /** A reason says at least something. */
  reasonMin: 2,
  /** The organisation that approved a reduction. */
  approvedBy: 40,
  /** A base typed in yuan (`3000.50`): the amount itself is checked in fen by the contract. */
  baseText: 20,
} as const
