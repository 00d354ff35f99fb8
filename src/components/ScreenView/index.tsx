import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { Reloadable } from '@/hooks/useScreen'
import { BindPrompt } from '../BindPrompt'
import { ErrorState } from '../ErrorState'
import { Loading } from '../Loading'

export const BIND_URL = '/pages/bind/index'

export interface ScreenViewProps<T> {
  screen: Reloadable<T>
  /** Shown when the loaded data is empty; defaults to rendering the data as usual. */
  empty?: (data: T) => ReactNode
  children: (data: T) => ReactNode
  /** For a stranger: what the screen shows once they have bound. */
  boundShows?: string
}

/** The loading, error, empty and loaded faces of one screen. */
export function ScreenView<T>({ screen, empty, children, boundShows }: ScreenViewProps<T>) {
  switch (screen.status) {
    case 'loading':
      return <Loading />
    case 'error':
      if (screen.error.code === 'AUTH.NOT_BOUND') {
        return <BindPrompt what={boundShows ?? '您的党员信息'} onBind={() => void Taro.navigateTo({ url: BIND_URL })} />
      }
      return (
        <ErrorState
          message={screen.error.message}
          requestId={screen.error.requestId}
          onRetry={() => void screen.reload()}
        />
      )
    case 'empty':
      return <>{empty ? empty(screen.data) : children(screen.data)}</>
    case 'ready':
      return <>{children(screen.data)}</>
  }
}
