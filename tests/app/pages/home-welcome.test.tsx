import { fireEvent, render, screen } from '@testing-library/react'
import { cleanup } from '@testing-library/react'
import { phoneClockAt } from '../setup/clock'
import HomePage from '@/pages/home/index'
import { cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'
import { memberHome } from '../helpers/activity'

beforeEach(freshLaunch)
beforeEach(() => phoneClockAt('2026-03-04T09:00:00+08:00'))
afterEach(() => phoneClockAt(null))

const WELCOME = /^绑定成功，欢迎您！/

describe('首页 for a newly bound member', () => {
  it('welcomes them in plain words until 知道了, and not again', async () => {
    cloudWithActions({ 'member/home.get': () => ({ data: memberHome({ welcome: true }) }) })
    render(<HomePage />)

    expect(await screen.findByText(WELCOME)).toBeTruthy()
    fireEvent.click(screen.getByText('知道了'))
    expect(screen.queryByText(WELCOME)).toBeNull()

    cleanup()
    render(<HomePage />)
    expect(await screen.findByText('下次活动')).toBeTruthy()
    expect(screen.queryByText(WELCOME)).toBeNull()
  })

  it('does not welcome a member who bound earlier', async () => {
    cloudWithActions({ 'member/home.get': () => ({ data: memberHome() }) })
    render(<HomePage />)
    expect(await screen.findByText('下次活动')).toBeTruthy()
    expect(screen.queryByText(WELCOME)).toBeNull()
  })
})
