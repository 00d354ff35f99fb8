/**
 * The marks written beside a state's words, so that colour is never the only signal. One source
 * for every screen: a pending or under-way state is a clock (◷), not an ellipsis, which read as
 * text cut off (`我的状态：… 请假待批`).
 */
export const MARKS = {
  done: '✓',
  failed: '✗',
  pending: '◷',
  open: '○',
  none: '—',
} as const
