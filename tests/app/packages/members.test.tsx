import type { BranchRoster, MemberRow } from '@core/contract'
import { chinaInstant } from '@core/dates'
import { fireEvent, render, screen, within } from '@testing-library/react'
import MembersPage from '@/packageSecretary/pages/members/index'
import { answerModals, recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const row = (name: string, extra: Partial<MemberRow> = {}): MemberRow => ({
  id: `m-${name}`,
  name,
  role: 'member',
  duty: null,
  groupName: null,
  joinDate: '2010-07-01',
  probationary: false,
  duesCategory: 'inService',
  duesBaseFen: 600000,
  bound: false,
  code: { state: 'none', expiresAt: null },
  ...extra,
})

const NEXT_WEEK = chinaInstant('2026-03-13 15:00')

const roster = (): BranchRoster => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  members: [
    row('李书记', { role: 'secretary', bound: true }),
    row('周敏', { role: 'committee', duty: '组织委员', bound: true }),
    row('王芳', { probationary: true }),
    row('赵强', { code: { state: 'locked', expiresAt: NEXT_WEEK } }),
    row('钱进', { code: { state: 'active', expiresAt: NEXT_WEEK } }),
  ],
})

const cardOf = async (name: string): Promise<HTMLElement> =>
  (await screen.findByText(name)).closest('.ui-card') as HTMLElement

describe('成员 (支部管理)', () => {
  const unbound = (data: BranchRoster, name: string): BranchRoster => ({
    ...data,
    members: data.members.map((m) => (m.name === name ? { ...m, bound: false } : m)),
  })

  it('shows who has bound, who has not, roles, 预备党员 and each code’s state, from one call', async () => {
    const cloud = cloudWithActions({ 'secretary/members.list': () => ({ data: roster() }) })
    render(<MembersPage />)

    expect(await screen.findByText('机关第一党支部：共5人，已绑定2人，未绑定3人')).toBeTruthy()
    expect(screen.getByText('未绑定（3人）')).toBeTruthy()
    expect(screen.getByText('已绑定（2人）')).toBeTruthy()
    expect(within(await cardOf('李书记')).getByText('书记')).toBeTruthy()
    expect(within(await cardOf('周敏')).getByText('支委（组织委员）')).toBeTruthy()
    expect(within(await cardOf('周敏')).getByText('✓ 已绑定微信')).toBeTruthy()
    expect(within(await cardOf('王芳')).getByText('预备党员')).toBeTruthy()
    expect(within(await cardOf('王芳')).getByText('○ 未绑定 · 未发码')).toBeTruthy()
    expect(within(await cardOf('赵强')).getByText('○ 未绑定 · 绑定码已锁定（输错次数太多）')).toBeTruthy()
    expect(within(await cardOf('钱进')).getByText('○ 未绑定 · 绑定码有效至2026年3月13日 15:00')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/members.list'])
    expect(cloud.calls[0].input).toEqual({})
  })

  it('shows a new code once, in big type with its expiry, and never again after closing', async () => {
    const cloud = cloudWithActions({
      'secretary/members.list': () => ({ data: roster() }),
      'secretary/binding.issue': () => {
        const data = roster()
        data.members[2].code = { state: 'active', expiresAt: NEXT_WEEK }
        return { data: { code: '048213', expiresAt: NEXT_WEEK, roster: data } }
      },
    })
    render(<MembersPage />)

    fireEvent.click(within(await cardOf('王芳')).getByText('生成绑定码'))

    expect(await screen.findByText('王芳的绑定码')).toBeTruthy()
    expect(screen.getByText('048213').className).toContain('code-reveal__code')
    expect(screen.getByText('有效至2026年3月13日 15:00（7天）')).toBeTruthy()
    expect(screen.getByText(/请当面把这6位数字交给王芳本人/)).toBeTruthy()
    expect(cloud.calls.find((c) => c.action === 'binding.issue')?.input).toEqual({ memberId: 'm-王芳' })

    fireEvent.click(screen.getByText('我已记下，关闭'))

    expect(screen.queryByText('048213')).toBeNull()
    expect(within(await cardOf('王芳')).getByText('○ 未绑定 · 绑定码有效至2026年3月13日 15:00')).toBeTruthy()
    expect(document.body.textContent).not.toContain('048213')
    expect(actionsCalled(cloud)).toEqual(['secretary/members.list', 'secretary/binding.issue'])
  })

  it('asks before replacing a code that is still valid', async () => {
    const cloud = cloudWithActions({ 'secretary/members.list': () => ({ data: roster() }) })
    render(<MembersPage />)
    answerModals(false)

    fireEvent.click(within(await cardOf('钱进')).getByText('重新生成绑定码'))
    await screen.findByText('钱进')

    expect(recorded.modals).toEqual(['重新生成绑定码'])
    expect(actionsCalled(cloud)).toEqual(['secretary/members.list'])
  })

  it('undoes a binding only with a reason (换绑)', async () => {
    const cloud = cloudWithActions({
      'secretary/members.list': () => ({ data: roster() }),
      'secretary/binding.revoke': (input) =>
        (input as { reason: string }).reason === ''
          ? { error: { code: 'REQUEST.INVALID', message: '请填写原因', fields: { reason: '请填写原因' } } }
          : { data: { memberId: 'm-周敏', roster: unbound(roster(), '周敏') } },
    })
    render(<MembersPage />)

    fireEvent.click(within(await cardOf('周敏')).getByText('解除绑定'))
    expect(await screen.findByText('解除周敏的微信绑定')).toBeTruthy()
    fireEvent.click(screen.getByText('确认解除'))
    expect(await screen.findByText('✗ 请填写原因')).toBeTruthy()

    await typeInto('如：换了手机', '换了手机')
    fireEvent.click(screen.getByText('确认解除'))

    // The answer is the page as it now reads: 周敏 among those not bound, with no second call.
    await screen.findByText('已绑定（1人）')
    expect(actionsCalled(cloud).filter((a) => a === 'secretary/members.list')).toHaveLength(1)
    expect(cloud.calls.filter((c) => c.action === 'binding.revoke').map((c) => c.input)).toEqual([
      { memberId: 'm-周敏', reason: '' },
      { memberId: 'm-周敏', reason: '换了手机' },
    ])
    expect(recorded.toasts).toEqual(['已解除周敏的绑定'])
    expect(screen.queryByText('解除周敏的微信绑定')).toBeNull()
  })

  it('opens a branch an admin chose', async () => {
    setRouterParams({ branchId: 'org-b3' })
    const cloud = cloudWithActions({ 'secretary/members.list': () => ({ data: roster() }) })
    render(<MembersPage />)

    await screen.findByText('未绑定（3人）')
    expect(cloud.calls[0].input).toEqual({ branchId: 'org-b3' })
  })

  it('says why the list could not be opened', async () => {
    cloudWithActions({
      'secretary/members.list': () => ({
        error: { code: 'AUTH.FORBIDDEN', message: '您没有权限做这件事' },
        status: 403,
      }),
    })
    render(<MembersPage />)

    expect(await screen.findByText('您没有权限做这件事')).toBeTruthy()
    expect(screen.getByText('重试')).toBeTruthy()
  })
})
