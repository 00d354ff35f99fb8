import { Text } from '@tarojs/components'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { pageEvents, recorded, resetRecorded } from '../setup/taro'
import { EmptyState } from '@/components/EmptyState'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { CloudError } from '@/services/cloud'

/** A loader whose answers the test gives one by one. */
function scriptedLoader<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: unknown) => void }[] = []
  const loader = jest.fn(
    () =>
      new Promise<T>((resolve, reject) => {
        pending.push({ resolve, reject })
      }),
  )
  const answer = async (outcome: { value: T } | { error: unknown }) => {
    const next = pending.shift()
    if (!next) throw new Error('no load is waiting')
    await act(async () => {
      if ('value' in outcome) next.resolve(outcome.value)
      else next.reject(outcome.error)
    })
  }
  return { loader, answer }
}

function TodoScreen({ loader }: { loader: () => Promise<string[]> }) {
  const state = useScreen(loader, { isEmpty: (items) => items.length === 0 })
  return (
    <ScreenView screen={state} empty={() => <EmptyState title="暂无待办" />}>
      {(items) => items.map((item) => <Text key={item}>{item}</Text>)}
    </ScreenView>
  )
}

beforeEach(resetRecorded)

describe('useScreen', () => {
  it('shows loading, then the data', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    expect(screen.getByText('正在加载…')).toBeTruthy()
    await answer({ value: ['补学：三月主题党日'] })

    expect(screen.getByText('补学：三月主题党日')).toBeTruthy()
    expect(screen.queryByText('正在加载…')).toBeNull()
  })

  it('shows the empty state when there is nothing', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    await answer({ value: [] })

    expect(screen.getByText('暂无待办')).toBeTruthy()
  })

  it('shows the error in words with 重试, and 重试 loads again', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    await answer({ error: new CloudError('NETWORK.UNREACHABLE') })
    expect(screen.getByText('网络不通，请检查网络后再试')).toBeTruthy()

    fireEvent.click(screen.getByText('重试'))
    expect(screen.getByText('正在加载…')).toBeTruthy()
    await answer({ value: ['本月党费'] })

    expect(screen.getByText('本月党费')).toBeTruthy()
    expect(loader).toHaveBeenCalledTimes(2)
  })

  it('shows an unexpected failure as a general message, never a stack trace', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    await answer({ error: new TypeError("Cannot read properties of undefined (reading 'x')") })

    expect(screen.getByText('系统出了点问题，请稍后再试')).toBeTruthy()
    expect(screen.queryByText(/Cannot read/)).toBeNull()
  })

  it('reloads when the page is shown again, keeping the data on screen meanwhile', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)
    await answer({ value: ['未读通知'] })

    act(() => pageEvents.comeBack())
    expect(loader).toHaveBeenCalledTimes(2)
    expect(screen.getByText('未读通知')).toBeTruthy()

    await answer({ value: ['未读通知', '补学'] })
    expect(screen.getByText('补学')).toBeTruthy()
  })

  it('loads once when the page opens, whatever shows come with opening it', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)
    await answer({ value: ['一项'] })
    act(() => pageEvents.show())
    act(() => pageEvents.show())

    expect(loader).toHaveBeenCalledTimes(1)
  })

  it('shares a load in flight instead of starting a second one', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    act(() => pageEvents.show())
    await answer({ value: ['一项'] })

    expect(loader).toHaveBeenCalledTimes(1)
  })

  it('keeps the data and says what went wrong in a toast when a reload fails', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)
    await answer({ value: ['未读通知'] })

    act(() => pageEvents.comeBack())
    await answer({ error: new CloudError('NETWORK.UNREACHABLE') })

    expect(screen.getByText('未读通知')).toBeTruthy()
    expect(recorded.toasts).toEqual(['网络不通，请检查网络后再试'])
  })

  it('reloads on pull-down refresh and then stops the refresh indicator', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)
    await answer({ value: ['一项'] })

    act(() => pageEvents.pullDownRefresh())
    await answer({ value: ['两项'] })

    await waitFor(() => expect(recorded.pullDownStops).toBe(1))
    expect(screen.getByText('两项')).toBeTruthy()
  })

  it('offers a person whose binding is gone the way to bind, where they are', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TodoScreen loader={loader} />)

    await answer({ error: new CloudError('AUTH.NOT_BOUND') })

    expect(recorded.navigations).toEqual([])
    fireEvent.click(screen.getByText('去绑定'))
    expect(recorded.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/bind/index' }])
  })
})

describe('useScreen.replace', () => {
  function TapScreen({ loader }: { loader: () => Promise<string[]> }) {
    const state = useScreen(loader, { isEmpty: (items) => items.length === 0 })
    return (
      <ScreenView screen={state} empty={() => <EmptyState title="暂无待办" />}>
        {(items) => (
          <>
            {items.map((item) => (
              <Text key={item}>{item}</Text>
            ))}
            <Text onClick={() => state.replace([...items, '已请假'])}>请假</Text>
            <Text onClick={() => state.replace([])}>全部完成</Text>
          </>
        )}
      </ScreenView>
    )
  }

  it('shows what a tap answered without loading again, the empty state included', async () => {
    const { loader, answer } = scriptedLoader<string[]>()
    render(<TapScreen loader={loader} />)
    await answer({ value: ['学习党章'] })
    expect(await screen.findByText('学习党章')).toBeTruthy()
    fireEvent.click(screen.getByText('请假'))
    expect(await screen.findByText('已请假')).toBeTruthy()
    fireEvent.click(screen.getByText('全部完成'))
    expect(await screen.findByText('暂无待办')).toBeTruthy()
    expect(loader).toHaveBeenCalledTimes(1)
  })
})
