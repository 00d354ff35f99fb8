// weapp: the page's root font size through <page-meta> (page config `enablePageMeta: true`).
import { PageMeta } from '@tarojs/components'

export interface RootFontSizeProps {
  px: number
}

export function RootFontSize({ px }: RootFontSizeProps) {
  return <PageMeta rootFontSize={`${px}px`} />
}
