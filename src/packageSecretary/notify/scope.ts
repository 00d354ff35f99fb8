/** Which notices an officer's page is about: a branch's (through `secretary`), or the bureau's (the party office, through `admin`). */
import { useRouter } from '@tarojs/taro'

export interface NoticeScope {
  bureau: boolean
  branchId?: string
  /** The same scope as page parameters, for the next page. */
  query: string
}

export function useNoticeScope(): NoticeScope {
  const { scope, branchId } = useRouter().params
  const bureau = scope === 'bureau'
  const query = bureau ? 'scope=bureau' : branchId ? `branchId=${encodeURIComponent(branchId)}` : ''
  return { bureau, branchId: bureau ? undefined : branchId, query }
}
