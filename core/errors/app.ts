/**
 * The only errors the app raises of its own — the cloud out of reach, an answer it cannot read —
 * and so the only messages it carries: every other message comes from the cloud with its code,
 * and the app's main package carries none of the catalogues.
 */
export const APP_ERRORS = {
  'NETWORK.UNREACHABLE': '网络不通，请检查网络后再试',
  INTERNAL: '系统出了点问题，请稍后再试',
} as const
