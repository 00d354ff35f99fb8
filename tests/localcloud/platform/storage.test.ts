/** Cloud storage through the real wx-server-sdk: upload, temporary URLs, download, delete. */
import { MAX_FILES_PER_CALL, parseFileId } from '../../../localcloud/platform'
import { sdkError, startRig, type Rig } from './rig'

let rig: Rig

beforeAll(async () => {
  rig = await startRig({ dataDir: null })
})
afterAll(() => rig.close())
beforeEach(async () => {
  rig.clock.set(null)
  await rig.platform().reset()
})

const minutes = Buffer.from('第一党支部 2026年3月 党员大会会议记录\n', 'utf8')

test('upload → getTempFileURL → fetch the bytes → delete', async () => {
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'minutes/2026-03/会议记录.txt', fileContent: minutes })
  expect(fileID).toMatch(/^cloud:\/\/local\.[0-9a-f]{4}-local-\d+\/minutes\/2026-03\/会议记录\.txt$/)
  expect(parseFileId(fileID)).toEqual({ env: 'local', path: 'minutes/2026-03/会议记录.txt' })

  const { fileList } = await rig.cloud.getTempFileURL({ fileList: [fileID] })
  expect(fileList).toEqual([expect.objectContaining({ fileID, status: 0, errMsg: 'ok' })])
  const response = await fetch(fileList[0].tempFileURL)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('text/plain')
  expect(Buffer.from(await response.arrayBuffer())).toEqual(minutes)

  const removed = await rig.cloud.deleteFile({ fileList: [fileID] })
  expect(removed.fileList).toEqual([{ fileID, status: 0, errMsg: 'ok' }])
  expect((await fetch(fileList[0].tempFileURL)).status).toBe(404)
  const after = await rig.cloud.getTempFileURL({ fileList: [fileID] })
  expect(after.fileList[0]).toMatchObject({ fileID, status: -503003, tempFileURL: '' })
})

test('downloadFile returns the content', async () => {
  const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255])
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'photos/a.png', fileContent: bytes })

  const { fileContent } = await rig.cloud.downloadFile({ fileID })

  expect(Buffer.compare(fileContent, bytes)).toBe(0)
})

test('an upload to the same path replaces the file', async () => {
  await rig.cloud.uploadFile({ cloudPath: 'x/notes.txt', fileContent: Buffer.from('old') })
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'x/notes.txt', fileContent: Buffer.from('new') })
  expect((await rig.cloud.downloadFile({ fileID })).fileContent.toString()).toBe('new')
})

test(`getTempFileURL takes at most ${MAX_FILES_PER_CALL} files a call`, async () => {
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'x/a.txt', fileContent: Buffer.from('a') })

  const fifty = await rig.cloud.getTempFileURL({ fileList: Array(MAX_FILES_PER_CALL).fill(fileID) })
  expect(fifty.fileList).toHaveLength(MAX_FILES_PER_CALL)

  const error = await sdkError(rig.cloud.getTempFileURL({ fileList: Array(MAX_FILES_PER_CALL + 1).fill(fileID) }))
  expect(error.errMsg).toContain(`at most ${MAX_FILES_PER_CALL}`)
})

test('a temporary URL expires with the cloud clock', async () => {
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'x/a.txt', fileContent: Buffer.from('a') })
  const [file] = (await rig.cloud.getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] })).fileList
  expect(file.maxAge).toBe(60)
  expect((await fetch(file.tempFileURL)).status).toBe(200)

  rig.clock.set(rig.clock.now() + 61_000)

  expect((await fetch(file.tempFileURL)).status).toBe(403)
})

test('a temporary URL with a forged signature or a different path is refused', async () => {
  const { fileID } = await rig.cloud.uploadFile({ cloudPath: 'x/a.txt', fileContent: Buffer.from('a') })
  await rig.cloud.uploadFile({ cloudPath: 'x/b.txt', fileContent: Buffer.from('b') })
  const [file] = (await rig.cloud.getTempFileURL({ fileList: [fileID] })).fileList

  expect((await fetch(file.tempFileURL.replace(/sign=[0-9a-f]/, 'sign=g'))).status).toBe(403)
  expect((await fetch(file.tempFileURL.replace('x/a.txt', 'x/b.txt'))).status).toBe(403)
})

test('unknown fileIDs are reported per file, not as a failure of the call', async () => {
  const foreign = 'cloud://other-env.6f74-other-env-1250000000/a.txt'
  const missing = 'cloud://local.6c6f-local-1300000000/never/uploaded.txt'

  const { fileList } = await rig.cloud.getTempFileURL({ fileList: [foreign, missing] })
  expect(fileList.map((f) => f.status)).toEqual([-503003, -503003])

  const removed = await rig.cloud.deleteFile({ fileList: [missing] })
  expect(removed.fileList[0]).toMatchObject({ fileID: missing, status: -503003 })
})

test.each([['/leading/slash.txt'], ['a//b.txt'], ['../escape.txt'], ['a/./b.txt'], ['has space.txt'], ['q?.txt']])(
  'cloudPath %j is refused',
  async (cloudPath) => {
    const error = await sdkError(rig.cloud.uploadFile({ cloudPath, fileContent: Buffer.from('x') }))
    expect(error.errMsg).toContain('not a valid cloud path')
  },
)

test('an upload URL works once', async () => {
  const response = await rig.platform().handle({
    action: 'storage.getUploadMetadata',
    params: { path: 'x/once.txt', method: 'put' },
    files: {},
    query: new URLSearchParams('env=local'),
  })
  const { url } = response as { url: string }

  expect((await fetch(url, { method: 'PUT', body: 'first' })).status).toBe(200)
  const second = await fetch(url, { method: 'PUT', body: 'second' })
  expect(second.status).toBe(403)
  expect(await second.text()).toContain('<Code>AccessDenied</Code>')
})
