import type { AuditEntry } from '@core/contract/org'
import { render, screen } from '@testing-library/react'
import AuditPage from '@/packageAdmin/pages/audit/index'
import { cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch } from '../helpers/app'

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

it('shows each change in the words the server sends, never the raw record', async () => {
  cloudWithActions({ 'admin/audit.list': () => ({ data: { entries: [entry], nextBefore: null } }) })
  render(<AuditPage />)

  expect(await screen.findByText('文件大小：47 KB')).toBeTruthy()
  expect(screen.getByText('文件名：台账.xlsx')).toBeTruthy()
  expect(screen.getByText('导出台账 · 王书记 · 2026年11月18日 10:30')).toBeTruthy()
  expect(document.body.textContent).not.toMatch(/cloudPath|sizeBytes|cloud:\/\//)
})
