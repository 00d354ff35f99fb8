import type { AuditChoices, AuditEntry } from '@core/contract/org'
import { fireEvent, render, screen } from '@testing-library/react'
import AuditPage from '@/packageAdmin/pages/audit/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const entry: AuditEntry = {
  id: 'aud-1',
  at: Date.UTC(2026, 10, 18, 2, 30),
  actorName: '王书记',
  kind: 'attendance.export',
  branchId: 'org-b1',
  targetId: 'exp-1',
  summary: '导出机关第一党支部2026年的支部工作手册台账',
  before: null,
  after: { fileName: '台账.xlsx', sizeBytes: 48213, cloudPath: 'cloud://env/exports/台账.xlsx' },
  lines: ['文件名：台账.xlsx', '文件大小：47 KB'],
}

const choices: AuditChoices = {
  branches: [
    { id: 'org-b1', name: '机关第一党支部' },
    { id: 'org-b2', name: '机关第二党支部' },
  ],
  people: [
    { id: 'm-wang', name: '王书记' },
    { id: 'm-li', name: '李委员' },
  ],
}

it('shows each change in the words the server sends, never the raw record', async () => {
  cloudWithActions({ 'admin/audit.list': () => ({ data: { entries: [entry], nextBefore: null, choices } }) })
  render(<AuditPage />)

  expect(await screen.findByText('文件大小：47 KB')).toBeTruthy()
  expect(screen.getByText('文件名：台账.xlsx')).toBeTruthy()
  expect(screen.getByText('2026年11月18日 周三')).toBeTruthy()
  expect(screen.getByText('导出台账 · 王书记 · 10:30')).toBeTruthy()
  expect(document.body.textContent).not.toMatch(/cloudPath|sizeBytes|cloud:\/\//)
})

it('puts the entries first under their days: the filter is one row, its sheet narrows by kind, branch and person in one call', async () => {
  const earlier = { ...entry, id: 'aud-0', at: Date.UTC(2026, 10, 17, 1, 0), summary: '前一天的修改' }
  const cloud = cloudWithActions({
    'admin/audit.list': (input) => {
      const i = input as { branchId?: string; actorId?: string; groups?: string[]; before?: string }
      if (i.before) return { data: { entries: [earlier], nextBefore: null, choices: null } }
      if (i.branchId || i.actorId || i.groups) return { data: { entries: [], nextBefore: null, choices } }
      return { data: { entries: [entry], nextBefore: '1:aud-1', choices } }
    },
  })
  render(<AuditPage />)
  expect(await screen.findByText(entry.summary)).toBeTruthy()
  expect(screen.getByText('筛选：全部记录')).toBeTruthy()
  // No chip of the 18 kinds stands above the entries.
  expect(screen.queryByText('名册与组织')).toBeNull()

  fireEvent.click(screen.getByText('加载更多'))
  expect(await screen.findByText('前一天的修改')).toBeTruthy()
  expect(screen.getByText('2026年11月17日 周二')).toBeTruthy()
  expect(screen.getByText('没有更早的记录了。')).toBeTruthy()

  fireEvent.click(screen.getByText('筛选：全部记录'))
  expect(await screen.findByText('筛选记录')).toBeTruthy()
  // The kinds folded by domain, each saying how many are ticked.
  expect(screen.queryByText('请假')).toBeNull()
  fireEvent.click(screen.getByText('活动与考勤'))
  fireEvent.click(screen.getByText('请假'))
  expect(screen.getByText('已选1项')).toBeTruthy()
  fireEvent.click(screen.getByText('支部：全部支部'))
  fireEvent.click(screen.getByText('机关第二党支部'))
  expect(screen.getByText('支部：机关第二党支部')).toBeTruthy()
  fireEvent.click(screen.getByText('操作人：全部人员'))
  fireEvent.click(screen.getByText('李委员'))
  fireEvent.click(screen.getByText('确定'))
  expect(await screen.findByText('没有符合筛选的记录')).toBeTruthy()
  expect(screen.getByText('筛选：请假 · 机关第二党支部 · 李委员')).toBeTruthy()
  expect(cloud.calls.map((c) => c.input)).toEqual([
    { limit: 20 },
    { limit: 20, before: '1:aud-1' },
    { limit: 20, groups: ['leave'], branchId: 'org-b2', actorId: 'm-li' },
  ])

  fireEvent.click(screen.getByText('筛选：请假 · 机关第二党支部 · 李委员'))
  fireEvent.click(await screen.findByText('清除'))
  fireEvent.click(screen.getByText('确定'))
  expect(await screen.findByText(entry.summary)).toBeTruthy()
  expect(actionsCalled(cloud)).toHaveLength(4)
})

it('ticks several kinds across domains in one call, and finds a branch or person by name when there are many', async () => {
  const many: AuditChoices = {
    branches: Array.from({ length: 9 }, (_, i) => ({
      id: `org-b${i + 1}`,
      name: `机关第${'一二三四五六七八九'[i]}党支部`,
    })),
    people: choices.people,
  }
  const cloud = cloudWithActions({
    'admin/audit.list': () => ({ data: { entries: [entry], nextBefore: null, choices: many } }),
  })
  render(<AuditPage />)
  fireEvent.click(await screen.findByText('筛选：全部记录'))
  fireEvent.click(screen.getByText('通知与学习'))
  fireEvent.click(screen.getByText('通知'))
  // 党费 is one group: a header like the other domains' (never one more item of the open group), ticked itself.
  const heads = [...document.querySelectorAll('.month-fold__title')].map((t) => t.textContent)
  expect(heads).toEqual(expect.arrayContaining(['活动与考勤', '通知与学习', '党费', '名册与组织']))
  expect(screen.getByRole('checkbox', { name: '党费' }).textContent).toContain('○ 未选')
  fireEvent.click(screen.getByText('党费'))
  expect(screen.getByRole('checkbox', { name: '党费' }).textContent).toContain('✓ 已选')
  expect(screen.getAllByText('已选')).toHaveLength(1)
  expect(screen.getByText('已选1项')).toBeTruthy()

  // Nine branches: the first six and a search box, not the whole list — brought up into sight,
  // not left under the sheet's fixed 取消/清除/确定.
  const scrolled: Element[] = []
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this)
  }
  fireEvent.click(screen.getByText('支部：全部支部'))
  expect(scrolled).toHaveLength(1)
  expect(scrolled[0]!.textContent).toMatch(/^支部：全部支部收起 ▴/)
  expect(scrolled[0]!.querySelector('taro-input-core, input')).toBeTruthy()
  delete (Element.prototype as Partial<Element>).scrollIntoView
  expect(screen.queryByText('机关第九党支部')).toBeNull()
  expect(screen.getByText('还有3个，请输入名称查找')).toBeTruthy()
  await typeInto('输入支部名称查找', '第九')
  fireEvent.click(await screen.findByText('机关第九党支部'))

  fireEvent.click(screen.getByText('确定'))
  expect(await screen.findByText('筛选：党费、通知 · 机关第九党支部')).toBeTruthy()
  expect(cloud.calls.map((c) => c.input)).toEqual([
    { limit: 20 },
    { limit: 20, groups: ['dues', 'notice'], branchId: 'org-b9' },
  ])
})
