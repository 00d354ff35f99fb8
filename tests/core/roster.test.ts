import { checkRoster, mapHeaders, normalizeDate, type RosterContext } from '../../core/roster'

const ctx = (optional = { sex: false, education: false }): RosterContext => ({
  branches: [
    { id: 'b1', name: '第一支部' },
    { id: 'b2', name: '第二支部' },
  ],
  groups: [{ id: 'g1', name: '第一党小组', branchId: 'b1' }],
  existing: new Set(['b1/王建华']),
  today: '2026-03-06',
  optional,
})

const HEADER = ['姓名', '支部', '党小组', '身份', '入党日期', '预备党员', '党费类别', '党费基数（元）']

describe('roster headers', () => {
  it('finds columns by the names people use', () => {
    const { columns, missing } = mapHeaders(['姓名', ' 党支部 ', '入党时间', '月工资'])
    expect(missing).toEqual([])
    expect(columns).toMatchObject({ name: 0, branch: 1, joinDate: 2, duesBase: 3 })
  })

  it('names the required columns that are missing', () => {
    expect(
      checkRoster(
        [
          ['姓名', '备注'],
          ['张三', ''],
        ],
        ctx(),
      ).headerProblems,
    ).toEqual(['缺少这些列：支部、入党日期'])
  })
})

describe('checkRoster', () => {
  it('turns good rows into entries, amounts in fen', () => {
    const { entries, rows } = checkRoster(
      [
        HEADER,
        ['李秀英', '第一支部', '第一党小组', '书记', '2001/7/1', '否', '在职', '6500.50'],
        ['赵敏', '第二支部', '', '', '2025-12-01', '是', '', ''],
      ],
      ctx(),
    )
    expect(rows.every((r) => r.problems.length === 0)).toBe(true)
    expect(entries).toEqual([
      {
        name: '李秀英',
        branchId: 'b1',
        groupId: 'g1',
        role: 'secretary',
        duty: null,
        joinDate: '2001-07-01',
        probationary: false,
        duesCategory: 'inService',
        duesBaseFen: 650050,
      },
      {
        name: '赵敏',
        branchId: 'b2',
        groupId: null,
        role: 'member',
        duty: null,
        joinDate: '2025-12-01',
        probationary: true,
        duesCategory: 'inService',
        duesBaseFen: null,
      },
    ])
  })

  it('reports every problem of every row and yields no entries (all or nothing)', () => {
    const { entries, rows } = checkRoster(
      [
        HEADER,
        ['王建华', '第一支部', '', '', '2001-07-01', '否', '在职', '5000'],
        ['孙伟', '第九支部', '', '', '2001-07-01', '否', '在职', '5000'],
        ['周芳', '第二支部', '', '', '2001-02-30', '否', '在职', '5000'],
        ['周芳', '第二支部', '', '队长', '2030-01-01', '也许', '外星', '5000'],
        ['吴军', '第二支部', '第一党小组', '', '2001-07-01', '否', '在职', '650000'],
        ['郑洁', '第二支部', '', '', '2001-07-01', '否', '在职', '65.5.0'],
      ],
      ctx(),
    )
    expect(entries).toEqual([])
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [2, ['本支部名册中已有同名党员']],
      [3, ['没有名为“第九支部”的支部']],
      [4, ['入党日期“2001-02-30”不对，应写成 2010-07-01']],
      [
        5,
        [
          '与表中前面一行同支部同名',
          '身份“队长”不对，应为党员、书记或支委',
          '入党日期不能晚于今天',
          '预备党员一栏应填“是”或“否”',
          '党费类别“外星”不对',
        ],
      ],
      [6, ['第二支部没有名为“第一党小组”的党小组', '党费基数“650000”不像以元为单位的月工资，请核对']],
      [7, ['党费基数“65.5.0”不对，应为以元为单位的金额']],
    ])
  })

  it('skips blank lines but keeps sheet line numbers', () => {
    const { rows } = checkRoster(
      [HEADER, ['', '', '', '', '', '', '', ''], ['孙伟', '第九支部', '', '', '2001-07-01', '', '', '']],
      ctx(),
    )
    expect(rows.map((r) => r.line)).toEqual([3])
  })

  it.each([
    ['2010/7/1', '2010-07-01'],
    ['2010.07.01', '2010-07-01'],
    ['2010年7月1日', '2010-07-01'],
    ['七月一日', '七月一日'],
  ])('normalizes %s to %s', (input, output) => {
    expect(normalizeDate(input)).toBe(output)
  })
})

describe('the optional 性别 and 学历 columns', () => {
  const table = [
    [...HEADER, '性别', '学历'],
    ['李秀英', '第一支部', '', '', '2001-07-01', '否', '在职', '', '女', '本科'],
    ['张志强', '第一支部', '', '', '2001-07-01', '否', '在职', '', '男性', '硕士研究生'],
    ['刘海燕', '第二支部', '', '', '2001-07-01', '否', '在职', '', '', ''],
  ]

  it('are not read at all while the bureau has them off', () => {
    const { entries, rows } = checkRoster(
      [...table, ['陈立新', '第二支部', '', '', '2001-07-01', '否', '在职', '', '未知', '扫盲班']],
      ctx(),
    )
    expect(rows.every((r) => r.problems.length === 0)).toBe(true)
    expect(entries.every((e) => !('sex' in e) && !('education' in e))).toBe(true)
  })

  it('are read in the annual tables’ bands when on, a blank cell left blank', () => {
    const { entries } = checkRoster(table, ctx({ sex: true, education: true }))
    expect(entries.map((e) => [e.name, e.sex, e.education])).toEqual([
      ['李秀英', 'female', 'bachelor'],
      ['张志强', 'male', 'postgraduate'],
      ['刘海燕', null, null],
    ])
    const onlySex = checkRoster(table, ctx({ sex: true, education: false })).entries[0]!
    expect(onlySex).toMatchObject({ sex: 'female' })
    expect('education' in onlySex).toBe(false)
  })

  it('says a value it cannot place, in words', () => {
    const { rows, entries } = checkRoster(
      [...table.slice(0, 1), ['陈立新', '第二支部', '', '', '2001-07-01', '否', '在职', '', '未知', '扫盲班']],
      ctx({ sex: true, education: true }),
    )
    expect(entries).toEqual([])
    expect(rows[0]!.problems).toEqual([
      '性别“未知”不对，应填“男”或“女”',
      '学历“扫盲班”不对，应为研究生、大学本科、大学专科、中专、高中、初中及以下之一',
    ])
  })
})
