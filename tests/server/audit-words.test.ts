/**
 * 审计日志 sends each change in words: names instead of ids, labels instead of codes, no storage
 * paths (core/audit-words.ts), over entries the actions really wrote.
 */
import type { LocalCloud } from '../../localcloud/server'
import { asAdmin, asSecretary, seedWorld, startTestCloud, WORLD } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const RAW = /[{}"]|cloud:\/\/|\d{10,}|[A-Za-z]{3,}/

it('names the branches of a 组织关系转接 rather than their ids', async () => {
  await asAdmin(cloud).ok('admin', 'member.move', {
    memberId: WORLD.memberA2,
    toBranchId: WORLD.branchB,
    reason: '工作调动',
  })
  const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'member.move' })).entries
  expect(entry.lines).toEqual(['支部：第一支部 → 第二支部', '身份：党员'])
})

it('describes an export without its storage path', async () => {
  await asSecretary(cloud).ok('secretary', 'attendance.exportBranch', { year: 2026 })
  const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'attendance.export' })).entries
  expect(entry.lines).toEqual([
    expect.stringMatching(/^文件名：.+\.xlsx$/),
    expect.stringMatching(/^文件大小：\d+ KB$/),
  ])
})

it('says a notice was sent to the whole branch, in words', async () => {
  await asSecretary(cloud).ok('secretary', 'notice.publish', { title: '关于交纳党费的通知', body: '请于月底前交纳。' })
  const [entry] = (await asAdmin(cloud).ok('admin', 'audit.list', { kind: 'notice.publish' })).entries
  expect(entry.lines).toContain('发送范围：全支部党员')
  for (const line of entry.lines) expect([line, RAW.test(line.replace(/\.xlsx$/, ''))]).toEqual([line, false])
})
