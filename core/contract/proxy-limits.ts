/** How long the 代为记录 fields may be: in a file of their own so that pages import them without valibot. */
export const PROXY_LIMITS = {
  /** 关系说明: how the proxy is related to the elder. */
  note: 20,
} as const
