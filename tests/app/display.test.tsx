import { fireEvent, render, screen } from '@testing-library/react'
import HomePage from '@/pages/home/index'
import MePage from '@/pages/me/index'
import { rootFontPx, setSystemFontPx } from '@/display/prefs'
import { cloudWithActions, memberSession, profileOf } from './helpers/fake-cloud'
import { memberHome } from './helpers/activity'
import { freshLaunch, rootFontSize } from './helpers/app'

beforeEach(freshLaunch)

/** A member whose 首页 (home.get) and 我的 (me.get) load. */
function cloudOfMember(): void {
  const session = memberSession()
  cloudWithActions({
    'member/home.get': () => ({ data: memberHome({ session }) }),
    'member/me.get': () => ({ data: { session, profile: profileOf(session), unreadNotices: 0 } }),
  })
}

describe('长辈版', () => {
  it('starts at 18 px main text, and the switch on 首页 makes everything larger', async () => {
    cloudOfMember()
    render(<HomePage />)
    await screen.findByText('张三，您好')
    expect(rootFontSize()).toBe('18px')

    fireEvent.click(screen.getByText('长辈版（大字）'))

    expect(rootFontSize()).toBe('22px')
    expect(screen.getByText('已开启，点此关闭')).toBeTruthy()

    fireEvent.click(screen.getByText('长辈版（大字）'))
    expect(rootFontSize()).toBe('18px')
  })

  it('is offered at first launch, and the answer is remembered', async () => {
    cloudOfMember()
    const { unmount } = render(<HomePage />)

    fireEvent.click(await screen.findByText('打开长辈版'))
    expect(rootFontSize()).toBe('22px')
    expect(screen.queryByText('打开长辈版')).toBeNull()
    unmount()

    freshLaunchKeepingStorage()
    render(<HomePage />)
    await screen.findByText('张三，您好')
    expect(rootFontSize()).toBe('22px')
    expect(screen.queryByText('打开长辈版')).toBeNull()
  })

  it('goes up to 30 px on 我的', async () => {
    cloudOfMember()
    render(<MePage />)
    await screen.findByText('张三')

    fireEvent.click(screen.getByText('长辈版（大字）'))
    fireEvent.click(screen.getByText('超大'))

    expect(rootFontSize()).toBe('30px')
    expect(screen.getByText('✓ 超大')).toBeTruthy()
  })

  it('never goes below WeChat’s own font setting', () => {
    setSystemFontPx(23.8)
    expect(rootFontPx({ elder: false, level: 0, decided: true })).toBe(23.8)
    expect(rootFontPx({ elder: true, level: 2, decided: true })).toBe(30)
  })
})

/** A new launch of the app with what the phone already stored. */
function freshLaunchKeepingStorage(): void {
  const stored = Array.from({ length: window.localStorage.length }, (_, index) => {
    const key = window.localStorage.key(index) ?? ''
    return [key, window.localStorage.getItem(key) ?? ''] as const
  })
  freshLaunch()
  stored.forEach(([key, value]) => window.localStorage.setItem(key, value))
}
