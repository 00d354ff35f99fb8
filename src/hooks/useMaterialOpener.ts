import type { MaterialOpener } from '@/components/MaterialList'
import { canOpenLinks, openFile, openLink } from '@/services/open-material'

const opener: MaterialOpener = { canOpenLinks, openFile, openLink }

/** How this platform opens materials for `MaterialList`: a new tab on H5, WeChat's viewer on weapp. */
export function useMaterialOpener(): MaterialOpener {
  return opener
}
