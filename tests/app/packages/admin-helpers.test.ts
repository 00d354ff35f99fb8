import type { MemberRow } from '@core/contract'
import { changesOf, formOf } from '@/packageAdmin/pages/member/edit'
import { treeRows, countsText } from '@/packageAdmin/pages/org/tree'

const row: MemberRow = {
  id: 'm-1',
  name: '张三',
  role: 'member',
  duty: null,
  groupName: null,
  joinDate: '2010-07-01',
  probationary: false,
  duesCategory: 'inService',
  duesBaseFen: 600000,
  bound: true,
  code: { state: 'used', expiresAt: 1 },
}

describe('member form → member.update changes', () => {
  it('sends only what changed', () => {
    expect(changesOf(row, formOf(row))).toEqual({ changes: {} })
    expect(changesOf(row, { ...formOf(row), role: 'secretary', duty: ' ' })).toEqual({ changes: { role: 'secretary' } })
    expect(changesOf(row, { ...formOf(row), name: ' 张叁 ', probationary: true })).toEqual({
      changes: { name: '张叁', probationary: true },
    })
  })

  it('turns 党费基数 in 元 into integer 分 without floats', () => {
    expect(changesOf(row, { ...formOf(row), duesBaseYuan: '3000.01' })).toEqual({ changes: { duesBaseFen: 300001 } })
    expect(changesOf(row, { ...formOf(row), duesBaseYuan: '0.29' })).toEqual({ changes: { duesBaseFen: 29 } })
    expect(changesOf(row, { ...formOf(row), duesBaseYuan: '6,500元' })).toEqual({ changes: { duesBaseFen: 650000 } })
    expect(changesOf(row, { ...formOf(row), duesBaseYuan: '65.005' })).toMatchObject({
      problem: { field: 'duesBaseYuan' },
    })
  })
})

describe('organisation tree', () => {
  it('lists nodes in reading order with totals under each', () => {
    const node = (
      id: string,
      kind: 'committee' | 'generalBranch' | 'branch' | 'group',
      parentId: string | null,
      m = 0,
      b = 0,
    ) => ({
      id,
      kind,
      name: id,
      parentId,
      memberCount: m,
      boundCount: b,
    })
    const rows = treeRows([
      node('委', 'committee', null),
      node('总支', 'generalBranch', '委'),
      node('支1', 'branch', '委', 10, 8),
      node('支2', 'branch', '总支', 5, 1),
      node('组', 'group', '支1'),
    ])
    expect(rows.map((r) => `${'-'.repeat(r.depth)}${r.node.id}`)).toEqual(['委', '-支1', '--组', '-总支', '--支2'])
    expect(countsText(rows[0])).toBe('2个支部，党员15人，已绑定9人')
    expect(countsText(rows[1])).toBe('党员10人，已绑定8人')
    expect(countsText(rows[2])).toBe('')
  })
})
