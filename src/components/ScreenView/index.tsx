import type { ReactNode } from 'react'
import type { Screen } from '@/hooks/useScreen'
import { ErrorState } from '../ErrorState'
import { Loading } from '../Loading'

export interface ScreenViewProps<T> {
  screen: Screen<T>
  /** Shown when the loaded data is empty; defaults to rendering the data as usual. */
  empty?: (data: T) => ReactNode
  children: (data: T) => ReactNode
}

/** The loading, error, empty and loaded faces of one screen. */
export function ScreenView<T>({ screen, empty, children }: ScreenViewProps<T>) {
  switch (screen.status) {
    case 'loading':
      return <Loading />
    case 'error':
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
