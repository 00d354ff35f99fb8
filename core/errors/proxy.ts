/** Error codes of 代为记录 (recording on behalf of an elderly member): `DOMAIN.REASON` → what a person reads. */
export const PROXY_ERRORS = {
  'PROXY.NOT_LINKED': '您没有代这名党员记录的授权，请联系支部书记',
  'PROXY.SELF': '代记人不能是本人',
  'PROXY.NOT_IN_BRANCH': '本人和代记人都要是本支部的党员',
  'PROXY.NOT_COMMITTEE': '选择“支委”时，代记人须是本支部的书记或支委',
  'PROXY.ALREADY_LINKED': '这位代记人已经可以代这名党员记录了',
  'PROXY.NOT_FOUND': '没有找到这条代记授权，或已经撤销',
} as const satisfies Record<string, string>
