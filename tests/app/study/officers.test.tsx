import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import AdminStudyPage from '@/packageAdmin/pages/study/index'
import SecretaryStudyPage from '@/packageSecretary/pages/study/index'
import { recorded, setRouterParams } from '../setup/taro'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'
import { branchStudy, managedItem } from '../helpers/study'

beforeEach(freshLaunch)

const memberCard = async (name: string): Promise<HTMLElement> =>
  (await screen.findByText(name)).closest('.member-study') as HTMLElement
const itemCard = (title: string): HTMLElement =>
  screen.getByText(title, { selector: '.reading-item__title' }).closest('.reading-item') as HTMLElement

describe('学习资料 (支部管理)', () => {
  it('shows per member only a record this month yes or no and the items done, from one call', async () => {
    const cloud = cloudWithActions({ 'secretary/study.branch': () => ({ data: branchStudy() }) })
    render(<SecretaryStudyPage />)

    const wang = await memberCard('王芳')
    expect(within(wang).getByText('✓ 本月有学习记录')).toBeTruthy()
    expect(within(wang).getByText('已学完：中国共产党章程、支部书记讲党课：机关作风建设')).toBeTruthy()
    const zhao = await memberCard('赵强')
    expect(within(zhao).getByText('○ 本月暂无记录')).toBeTruthy()
    expect(within(zhao).getByText('已学完：暂无')).toBeTruthy()
    // Yes/no and titles only: no counts, minutes, ranks or “best”.
    for (const card of [wang, zhao]) expect(card.textContent).not.toMatch(/\d|分钟|次|排名|最多|合计/)
    expect(document.body.textContent).not.toMatch(/排名|分钟合计|最多|第\d+名/)
    // In the server's order (by name), never regrouped by who studied.
    const names = [...document.querySelectorAll('.member-study__name')].map((el) => el.textContent)
    expect(names).toEqual(['王芳', '赵强'])
    expect(actionsCalled(cloud)).toEqual(['secretary/study.branch'])
    expect(cloud.calls[0].input).toEqual({})
  })

  it('lets the branch edit and retire only its own items', async () => {
    cloudWithActions({ 'secretary/study.branch': () => ({ data: branchStudy() }) })
    render(<SecretaryStudyPage />)
    await memberCard('王芳')
    fireEvent.click(screen.getByText('书目'))

    const bureau = itemCard('中国共产党章程')
    expect(within(bureau).getByText('机关党委下发')).toBeTruthy()
    expect(within(bureau).queryByText('修改')).toBeNull()
    expect(within(bureau).queryByText('停用')).toBeNull()
    const own = itemCard('支部书记讲党课：机关作风建设')
    expect(within(own).getByText('本支部')).toBeTruthy()
    expect(within(own).getByText('专题党课')).toBeTruthy()
  })

  it('adds an item to the branch list', async () => {
    let added = false
    const cloud = cloudWithActions({
      'secretary/study.branch': () => {
        const data = branchStudy()
        if (added) data.items.push(managedItem('si-new', '《中国共产党简史》', { scope: 'branch', editable: true }))
        return { data }
      },
      'secretary/studyItems.add': () => {
        added = true
        return { data: managedItem('si-new', '《中国共产党简史》', { scope: 'branch', editable: true }) }
      },
    })
    render(<SecretaryStudyPage />)
    await memberCard('王芳')
    fireEvent.click(screen.getByText('书目'))

    fireEvent.click(screen.getByText('添加学习资料'))
    await typeInto('书名、篇目或专题', '《中国共产党简史》')
    fireEvent.click(screen.getByText('添加'))
    expect(await screen.findAllByText('✗ 请选择资料类型')).toHaveLength(2)
    fireEvent.click(screen.getByText('书籍'))
    fireEvent.click(screen.getByText('指定月份'))
    fireEvent.click(screen.getByText('添加'))

    await waitFor(() => expect(recorded.toasts).toEqual(['已添加“《中国共产党简史》”']))
    expect(cloud.calls.find((c) => c.action === 'studyItems.add')?.input).toEqual({
      title: '《中国共产党简史》',
      kind: 'book',
      link: null,
      fileID: null,
      period: { from: '2026-01', to: '2026-03' },
    })
    expect(await screen.findByText('《中国共产党简史》')).toBeTruthy()
  })

  it('retires a branch item only with a reason', async () => {
    const cloud = cloudWithActions({
      'secretary/study.branch': () => ({ data: branchStudy() }),
      'secretary/studyItems.retire': (input) => ({ data: { itemId: (input as { itemId: string }).itemId } }),
    })
    render(<SecretaryStudyPage />)
    await memberCard('王芳')
    fireEvent.click(screen.getByText('书目'))

    fireEvent.click(within(itemCard('支部书记讲党课：机关作风建设')).getByText('停用'))
    const sheet = (await screen.findByText('停用“支部书记讲党课：机关作风建设”')).closest('.ui-sheet') as HTMLElement
    fireEvent.click(within(sheet).getByText('停用'))
    expect(await within(sheet).findAllByText('✗ 请写明停用原因')).toHaveLength(2)
    await typeInto('如：本季度专题已结束', '党课已讲完')
    fireEvent.click(within(sheet).getByText('停用'))

    await waitFor(() => expect(recorded.toasts).toEqual(['已停用“支部书记讲党课：机关作风建设”']))
    expect(cloud.calls.filter((c) => c.action === 'studyItems.retire').map((c) => c.input)).toEqual([
      { itemId: 'si-b1', reason: '党课已讲完' },
    ])
  })

  it('edits only what changed, with a reason', async () => {
    const cloud = cloudWithActions({
      'secretary/study.branch': () => ({ data: branchStudy() }),
      'secretary/studyItems.edit': () => ({
        data: managedItem('si-b1', '支部书记讲党课：机关作风建设（录像）', { scope: 'branch', editable: true }),
      }),
    })
    render(<SecretaryStudyPage />)
    await memberCard('王芳')
    fireEvent.click(screen.getByText('书目'))

    fireEvent.click(within(itemCard('支部书记讲党课：机关作风建设')).getByText('修改'))
    await typeInto('书名、篇目或专题', '支部书记讲党课：机关作风建设（录像）')
    await typeInto('会记入操作记录', '补上录像')
    fireEvent.click(screen.getByText('保存'))

    await waitFor(() => expect(recorded.toasts).toEqual(['已保存']))
    expect(cloud.calls.find((c) => c.action === 'studyItems.edit')?.input).toEqual({
      itemId: 'si-b1',
      changes: { title: '支部书记讲党课：机关作风建设（录像）' },
      reason: '补上录像',
    })
  })

  it('opens a branch an admin chose, and last month in its own words', async () => {
    setRouterParams({ branchId: 'org-b3' })
    const cloud = cloudWithActions({
      'secretary/study.branch': (input) => ({
        data: branchStudy({ month: (input as { month?: string }).month ?? '2026-03' }),
      }),
    })
    render(<SecretaryStudyPage />)
    await memberCard('王芳')

    fireEvent.click(screen.getByText('上个月'))

    expect(await screen.findByText('✓ 2月有学习记录')).toBeTruthy()
    expect(screen.getByText('党员学习情况（2026年2月）')).toBeTruthy()
    expect(screen.getByText('○ 2月暂无记录')).toBeTruthy()
    expect(cloud.calls.map((c) => c.input)).toEqual([{ branchId: 'org-b3' }, { branchId: 'org-b3', month: '2026-02' }])
  })
})

describe('学习情况 (机关党委)', () => {
  it('shows each branch’s share in the organisation’s order, never sorted by share', async () => {
    const cloud = cloudWithActions({
      'admin/study.overview': () => ({
        data: {
          month: '2026-03',
          bureauSharePercent: 47,
          branches: [
            { branchId: 'org-b1', branchName: '机关第一党支部', sharePercent: 40 },
            { branchId: 'org-b2', branchName: '机关第二党支部', sharePercent: 90 },
            { branchId: 'org-b3', branchName: '机关第三党支部', sharePercent: null },
            { branchId: 'org-b4', branchName: '机关第四党支部', sharePercent: 10 },
          ],
          items: [managedItem('si-charter', '中国共产党章程', { kind: 'regulation', editable: true })],
        },
      }),
    })
    render(<AdminStudyPage />)

    expect(await screen.findByText('全机关47%的党员本月有学习记录')).toBeTruthy()
    const rows = [...document.querySelectorAll('.branch-share')].map((row) => row.textContent)
    expect(rows).toEqual([
      '机关第一党支部40% ›',
      '机关第二党支部90% ›',
      '机关第三党支部暂无党员',
      '机关第四党支部10% ›',
    ])
    fireEvent.click(screen.getByText('机关第二党支部'))
    expect(recorded.navigations).toEqual([
      { kind: 'navigateTo', url: '/packageSecretary/pages/study/index?branchId=org-b2' },
    ])
    expect(within(itemCard('中国共产党章程')).getByText('修改')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/study.overview'])
  })
})
