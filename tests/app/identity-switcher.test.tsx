import { fireEvent, render, screen, within } from '@testing-library/react'
import { PlatformLayer } from '@/components/PlatformLayer'
import { OPENID_STORAGE_KEY } from '@/services/demo-identity'
import { installFakeCloud } from './helpers/fake-cloud'
import { freshLaunch, typeInto } from './helpers/app'

/** jsdom cannot reload a page; it reports each attempt, which is what these tests count. */
let reloads = 0
beforeEach(() => {
  freshLaunch()
  reloads = 0
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (String(args[0]).includes('Not implemented: navigation')) reloads += 1
    else throw new Error(`unexpected console.error: ${String(args[0])}`)
  })
})
afterEach(() => jest.restoreAllMocks())

const people = [
  { openid: 'o-admin', name: '龙秀兰', role: 'admin', branchName: '机关第一党支部' },
  { openid: 'o-sec', name: '范卫东', role: 'secretary', branchName: '大气环境处党支部', duty: '书记' },
  { openid: 'o-mem', name: '孙涛', role: 'member', branchName: '大气环境处党支部' },
  { openid: 'o-str', name: '未绑定的微信用户', role: 'stranger' },
]

describe('切换身份 (H5 only)', () => {
  it('lists the local cloud’s demo people by role and becomes the one chosen', async () => {
    installFakeCloud({ identities: () => ({ body: people }) })
    render(<PlatformLayer />)

    fireEvent.click(screen.getByText('切换身份'))
    const secretaries = (await screen.findByText('支部书记和支委（1人）')).parentElement as HTMLElement
    expect(within(secretaries).getByText('范卫东 · 大气环境处党支部 · 书记')).toBeTruthy()
    expect(screen.getByText('机关党委（1人）')).toBeTruthy()
    expect(screen.getByText('党员（1人）')).toBeTruthy()

    fireEvent.click(screen.getByText('孙涛 · 大气环境处党支部 · 党员'))

    expect(window.localStorage.getItem(OPENID_STORAGE_KEY)).toBe('o-mem')
    expect(window.location.hash).toBe('#/pages/home/index')
    expect(reloads).toBe(1)
  })

  it('offers a fresh stranger with a WeChat-shaped openid', async () => {
    installFakeCloud({ identities: () => ({ body: people }) })
    render(<PlatformLayer />)
    fireEvent.click(screen.getByText('切换身份'))

    fireEvent.click(await screen.findByText('陌生人（未绑定）'))

    expect(window.localStorage.getItem(OPENID_STORAGE_KEY)).toMatch(/^o[A-Za-z0-9_-]{27}$/)
    expect(reloads).toBe(1)
  })

  it('says so when the local cloud has no identity list, and still offers a stranger', async () => {
    installFakeCloud({})
    render(<PlatformLayer />)

    fireEvent.click(screen.getByText('切换身份'))

    expect(await screen.findByText('本地云没有提供演示身份列表（HTTP 404）')).toBeTruthy()
    expect(screen.getByText('陌生人（未绑定）')).toBeTruthy()
    expect(screen.getByText('打开本地云管理台')).toBeTruthy()
  })
})

describe('切换身份 finds someone among ~80 people as one types', () => {
  const many = [
    ...people,
    { openid: 'o-sec2', name: '高思远', role: 'secretary', branchName: '大气监测站党支部', duty: '书记' },
    { openid: 'o-mem2', name: '孙丽', role: 'member', branchName: '水环境管理处党支部' },
  ]
  const open = async () => {
    installFakeCloud({ identities: () => ({ body: many }) })
    render(<PlatformLayer />)
    fireEvent.click(screen.getByText('切换身份'))
    expect(await screen.findByText('共6人')).toBeTruthy()
  }

  it('narrows the list by name, by branch and by role, keeping the groups', async () => {
    await open()
    await typeInto('姓名、支部或职务', '孙')
    expect(screen.getByText('找到2人（共6人）')).toBeTruthy()
    expect(screen.getByText('孙涛 · 大气环境处党支部 · 党员')).toBeTruthy()
    expect(screen.getByText('孙丽 · 水环境管理处党支部 · 党员')).toBeTruthy()
    expect(screen.queryByText('范卫东 · 大气环境处党支部 · 书记')).toBeNull()
    expect(screen.getByText('党员（2人）')).toBeTruthy()

    await typeInto('姓名、支部或职务', '大气 书记')
    expect(screen.getByText('找到2人（共6人）')).toBeTruthy()
    expect(screen.getByText('范卫东 · 大气环境处党支部 · 书记')).toBeTruthy()
    expect(screen.getByText('高思远 · 大气监测站党支部 · 书记')).toBeTruthy()

    await typeInto('姓名、支部或职务', '机关党委')
    expect(screen.getByText('龙秀兰 · 机关第一党支部 · 机关党委')).toBeTruthy()
    expect(screen.getByText('找到1人（共6人）')).toBeTruthy()

    fireEvent.click(screen.getByText('龙秀兰 · 机关第一党支部 · 机关党委'))
    expect(window.localStorage.getItem(OPENID_STORAGE_KEY)).toBe('o-admin')
  })

  it('says plainly when nobody matches, and still offers a stranger and the hub', async () => {
    await open()
    await typeInto('姓名、支部或职务', '诸葛')
    expect(screen.getByText('没有找到“诸葛”。可以只输入姓名中的一个字，或支部名称的一部分。')).toBeTruthy()
    expect(screen.getByText('找到0人（共6人）')).toBeTruthy()
    expect(screen.getByText('陌生人（未绑定）')).toBeTruthy()
    expect(screen.getByText('打开本地云管理台')).toBeTruthy()

    await typeInto('姓名、支部或职务', '')
    expect(screen.getByText('共6人')).toBeTruthy()
  })
})
