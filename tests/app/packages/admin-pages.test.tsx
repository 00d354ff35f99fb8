import type { BranchRoster, MemberRow, OrgNode } from '@core/contract'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import AdminMemberPage from '@/packageAdmin/pages/member/index'
import OrgPage from '@/packageAdmin/pages/org/index'
import { recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const member: MemberRow = {
  id: 'm-b1-04',
  name: '谭婷',
  role: 'member',
  duty: null,
  groupName: null,
  joinDate: '2006-04-11',
  probationary: false,
  duesCategory: 'inService',
  duesBaseFen: 600000,
  bound: true,
  code: { state: 'used', expiresAt: 1 },
}
const roster: BranchRoster = { branch: { id: 'org-b1', name: '机关第一党支部' }, members: [member] }

describe('党员信息 (机关党委)', () => {
  it('saves only what changed, appointing a 书记 and the base in integer 分', async () => {
    setRouterParams({ branchId: 'org-b1', memberId: 'm-b1-04' })
    const cloud = cloudWithActions({
      'secretary/members.list': () => ({ data: roster }),
      'admin/member.update': () => ({ data: { ...member, role: 'secretary' } }),
    })
    render(<AdminMemberPage />)

    fireEvent.click(await screen.findByText('书记'))
    expect(screen.getByText('任命为书记后，本支部原来的书记改任支委。')).toBeTruthy()
    await typeInto('如：6500 或 6500.50', '3000.01')
    fireEvent.click(screen.getByText('保存修改'))

    expect(await screen.findByText('✓ 已保存')).toBeTruthy()
    expect(cloud.calls.find((c) => c.action === 'member.update')?.input).toEqual({
      memberId: 'm-b1-04',
      changes: { role: 'secretary', duesBaseFen: 300001 },
      reason: '',
    })
    expect(cloud.calls[0].input).toEqual({ branchId: 'org-b1' })
  })

  it('refuses an amount that is not plain 元 before asking the server', async () => {
    setRouterParams({ branchId: 'org-b1', memberId: 'm-b1-04' })
    const cloud = cloudWithActions({ 'secretary/members.list': () => ({ data: roster }) })
    render(<AdminMemberPage />)

    await typeInto('如：6500 或 6500.50', '65.005')
    fireEvent.click(await screen.findByText('保存修改'))

    expect(await screen.findByText('✗ 党费基数应为以元为单位的金额，如 6500 或 6500.50')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['secretary/members.list'])
  })

  it('moves a member to another branch with a reason, then goes back', async () => {
    setRouterParams({ branchId: 'org-b1', memberId: 'm-b1-04' })
    const nodes: OrgNode[] = [
      { id: 'org-b1', kind: 'branch', name: '机关第一党支部', parentId: 'c', memberCount: 1, boundCount: 1 },
      { id: 'org-b8', kind: 'branch', name: '防污办党支部', parentId: 'c', memberCount: 0, boundCount: 0 },
    ]
    const cloud = cloudWithActions({
      'secretary/members.list': () => ({ data: roster }),
      'admin/org.tree': () => ({ data: { nodes } }),
      'admin/member.move': () => ({ data: member }),
    })
    render(<AdminMemberPage />)

    fireEvent.click(await screen.findByText('转到其他支部'))
    fireEvent.click(await screen.findByText('防污办党支部'))
    expect(screen.queryByText('机关第一党支部', { selector: '.ui-chip *' })).toBeNull()
    await typeInto('如：工作调动', '工作调动')
    fireEvent.click(screen.getByText('确认转接'))

    await waitFor(() => expect(recorded.navigations).toEqual([{ kind: 'navigateBack', url: '' }]))
    expect(cloud.calls.find((c) => c.action === 'member.move')?.input).toEqual({
      memberId: 'm-b1-04',
      toBranchId: 'org-b8',
      reason: '工作调动',
    })
  })
})

describe('组织与名册', () => {
  const tree: OrgNode[] = [
    { id: 'c', kind: 'committee', name: '市生态环境局机关党委', parentId: null, memberCount: 0, boundCount: 0 },
    { id: 'org-b1', kind: 'branch', name: '机关第一党支部', parentId: 'c', memberCount: 16, boundCount: 12 },
  ]

  it('shows the tree with counts and creates a 党小组 under a branch', async () => {
    const cloud = cloudWithActions({
      'admin/org.tree': () => ({ data: { nodes: tree } }),
      'admin/org.create': (input) => ({
        data: {
          id: 'org-g',
          kind: 'group',
          name: (input as { name: string }).name,
          parentId: 'org-b1',
          memberCount: 0,
          boundCount: 0,
        },
      }),
    })
    render(<OrgPage />)

    expect(await screen.findByText('1个支部，党员16人，已绑定12人')).toBeTruthy()
    fireEvent.click(screen.getByText('机关第一党支部'))
    fireEvent.click(screen.getByText('新建党小组'))
    expect(screen.getByText('在机关第一党支部下新建党小组')).toBeTruthy()
    await typeInto('组织全称', '第一党小组')
    fireEvent.click(screen.getByText('新建'))

    await waitFor(() => expect(recorded.toasts).toEqual(['已保存：第一党小组']))
    expect(screen.queryByText('在机关第一党支部下新建党小组')).toBeNull()
    expect(cloud.calls.find((c) => c.action === 'org.create')?.input).toEqual({
      kind: 'group',
      name: '第一党小组',
      parentId: 'org-b1',
    })
  })

  it('opens a branch’s members', async () => {
    cloudWithActions({ 'admin/org.tree': () => ({ data: { nodes: tree } }) })
    render(<OrgPage />)

    fireEvent.click(await screen.findByText('机关第一党支部'))
    fireEvent.click(screen.getByText('成员（16人）'))

    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageAdmin/pages/branch/index?branchId=org-b1' },
    ])
  })
})
