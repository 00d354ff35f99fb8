import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { PageShell } from '../PageShell'
import { ScreenView, type ScreenViewProps } from '../ScreenView'

/** A fixed text, or one read from the loaded data. */
export type FromData<T> = ReactNode | ((data: T) => ReactNode)

export interface ScreenPageProps<T> extends ScreenViewProps<T> {
  /** The page's heading, shown once the data is in. */
  title?: FromData<T>
  /** The line under the heading. */
  subtitle?: FromData<T>
}

const read = <T,>(text: FromData<T>, data: T): ReactNode => (typeof text === 'function' ? text(data) : text)

/**
 * A page that is one screen: its loading, error and empty faces (ScreenView), and once loaded
 * a stack under the page's title and subtitle.
 */
export function ScreenPage<T>({ title, subtitle, children, ...view }: ScreenPageProps<T>) {
  return (
    <PageShell>
      <ScreenView {...view}>
        {(data) => (
          <View className="stack">
            {title === undefined ? null : <Text className="page-title">{read(title, data)}</Text>}
            {subtitle === undefined ? null : <Text className="page-subtitle">{read(subtitle, data)}</Text>}
            {children(data)}
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}
