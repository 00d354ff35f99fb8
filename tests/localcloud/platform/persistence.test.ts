/** Authorizations, the message record and files outlive a restart of the platform. */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MEMBER, TEMPLATES, sdkError, startRig, type Rig } from './rig'

let rig: Rig
let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'platform-test-'))
  rig = await startRig({ dataDir, templates: Object.values(TEMPLATES).map((id) => ({ id })) })
})
afterAll(async () => {
  await rig.close()
  await rm(dataDir, { recursive: true, force: true })
})

const reminder = {
  touser: MEMBER,
  templateId: TEMPLATES.notice,
  page: 'pages/notice/detail?id=n1',
  data: { thing1: { value: '关于缴纳3月党费的通知' }, date2: { value: '2026年3月10日' } },
}

test('quotas, messages and files survive a reopen; reset clears them', async () => {
  rig.platform().grantSubscription(MEMBER, TEMPLATES.notice, 2)
  await rig.cloud.openapi.subscribeMessage.send(reminder)
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'notices/n1.pdf', fileContent: Buffer.from('%PDF-1.4') })
  const [file] = (await rig.cloud.getTempFileURL({ fileList: [fileID] })).fileList

  await rig.reopen()

  expect(rig.platform().quota(MEMBER)).toEqual({ [TEMPLATES.notice]: 1 })
  expect(rig.platform().messages()).toEqual([
    expect.objectContaining({ templateId: TEMPLATES.notice, outcome: 'sent' }),
  ])
  expect((await rig.cloud.downloadFile({ fileID })).fileContent.toString()).toBe('%PDF-1.4')
  const before = await fetch(file.tempFileURL)
  expect(before.status).toBe(200)
  expect(before.headers.get('content-type')).toBe('application/pdf')

  await rig.cloud.openapi.subscribeMessage.send(reminder)
  await rig.reopen()
  expect((await sdkError(rig.cloud.openapi.subscribeMessage.send(reminder))).errCode).toBe(43101)
  expect(rig.platform().messages()).toHaveLength(3)

  await rig.platform().reset()
  await rig.reopen()
  expect(rig.platform().quota(MEMBER)).toEqual({})
  expect(rig.platform().messages()).toEqual([])
  expect((await rig.cloud.getTempFileURL({ fileList: [fileID] })).fileList[0].status).toBe(-503003)
  expect(await readdir(dataDir)).toEqual(['platform.json'])
})
