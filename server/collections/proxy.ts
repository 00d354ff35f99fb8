import type { CollectionSpec } from './spec'

/** 代为记录 (issue 12): who may record for an elderly member. Kept with its history; never deleted. */
export const PROXY_COLLECTIONS = [
  {
    name: 'proxyLinks',
    purpose: '代为记录授权：谁可以代哪位党员记录（_id = 本人_代记人），授予与撤销都保留并审计（永久归档）',
    indexes: [
      { branchId: 1, status: 1 },
      { proxyId: 1, status: 1 },
      { elderId: 1, status: 1 },
    ],
  },
] as const satisfies readonly CollectionSpec[]
