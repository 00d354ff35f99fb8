import iconv from 'iconv-lite'
import type { LocalCloud } from '../../localcloud/server'
import type { MemberDoc } from '../../server/model'
import { asAdmin, seedWorld, startTestCloud } from '../helpers/cloud'

let cloud: LocalCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.close())
beforeEach(() => seedWorld(cloud))

const HEADER = '姓名\t支部\t身份\t入党日期\t预备党员\t党费类别\t党费基数（元）'
const GOOD = [
  HEADER,
  '钱学文\t第一支部\t党员\t2012-07-01\t否\t在职\t6500.00',
  '孙丽\t第二支部\t支委\t2019/10/8\t是\t在职\t4800',
].join('\n')
const BAD = [
  HEADER,
  '钱学文\t第一支部\t党员\t2012-07-01\t否\t在职\t6500.00',
  '孙丽\t第三支部\t支委\t2019-10-08\t是\t在职\t4800',
].join('\n')

async function members(): Promise<MemberDoc[]> {
  return (await cloud.database.find('members', {})) as unknown as MemberDoc[]
}

describe('roster import', () => {
  it('previews every row with its problems and writes nothing', async () => {
    const before = await cloud.database.exportAll()
    const preview = await asAdmin(cloud).ok('admin', 'roster.preview', { text: BAD })
    expect(preview).toMatchObject({ total: 2, problemCount: 1, headerProblems: [] })
    expect(preview.rows[1]).toEqual({
      line: 3,
      name: '孙丽',
      branchName: '第三支部',
      problems: ['没有名为“第三支部”的支部'],
    })
    expect(await cloud.database.exportAll()).toEqual(before)
  })

  it('refuses the whole import while any row has a problem', async () => {
    const count = (await members()).length
    const res = await asAdmin(cloud).call('admin', 'roster.import', { text: BAD })
    expect(res).toMatchObject({ ok: false, error: { code: 'ROSTER.HAS_PROBLEMS' } })
    expect(await members()).toHaveLength(count)
  })

  it('imports a clean roster, unbound, and audits it', async () => {
    expect(await asAdmin(cloud).ok('admin', 'roster.import', { text: GOOD })).toEqual({ imported: 2 })
    const added = (await members()).filter((m) => m.name === '钱学文' || m.name === '孙丽')
    expect(added).toHaveLength(2)
    expect(added.find((m) => m.name === '孙丽')).toMatchObject({
      branchId: 'org-tb',
      role: 'committee',
      joinDate: '2019-10-08',
      probationary: true,
      duesBaseFen: 480000,
      status: 'active',
      openid: null,
    })
    const log = await cloud.database.find('auditLog', { kind: 'roster.import' })
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ summary: '导入名册2人', actorName: '党委办' })
  })

  it('refuses to import the same people twice', async () => {
    await asAdmin(cloud).ok('admin', 'roster.import', { text: GOOD })
    const res = await asAdmin(cloud).call('admin', 'roster.import', { text: GOOD })
    expect(res).toMatchObject({ ok: false, error: { code: 'ROSTER.HAS_PROBLEMS' } })
  })

  it('reads an uploaded CSV saved by Excel in GBK', async () => {
    const csv = '姓名,支部,入党日期\n钱学文,第一支部,2012-07-01\n'
    const gbk = iconv.encode(csv, 'gbk')
    expect(gbk.toString('utf8')).not.toContain('钱学文')
    const fileID = await cloud.platform.putFile('roster/upload.csv', gbk)
    const preview = await asAdmin(cloud).ok('admin', 'roster.preview', { fileID })
    expect(preview.rows).toEqual([{ line: 2, name: '钱学文', branchName: '第一支部', problems: [] }])
  })

  it('reads an uploaded XLSX with real date cells', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('名册')
    sheet.addRow(['姓名', '支部', '入党日期', '党费基数（元）'])
    sheet.addRow(['钱学文', '第一支部', new Date(Date.UTC(2012, 6, 1)), 6500.5])
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    const fileID = await cloud.platform.putFile('roster/upload.xlsx', bytes)
    await asAdmin(cloud).ok('admin', 'roster.import', { fileID })
    const [doc] = (await cloud.database.find('members', { name: '钱学文' })) as unknown as MemberDoc[]
    expect(doc).toMatchObject({ joinDate: '2012-07-01', duesBaseFen: 650050 })
  })

  it('refuses a file that is not a roster', async () => {
    const fileID = await cloud.platform.putFile('roster/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))
    const res = await asAdmin(cloud).call('admin', 'roster.preview', { fileID })
    expect(res.ok).toBe(false)
  })
})
