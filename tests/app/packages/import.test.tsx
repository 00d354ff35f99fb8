import type { RosterPreview } from '@core/contract'
import { fireEvent, render, screen } from '@testing-library/react'
import ImportPage from '@/packageAdmin/pages/import/index'
import { actionsCalled, cloudWithActions } from '../helpers/fake-cloud'
import { freshLaunch, typeInto } from '../helpers/app'

beforeEach(freshLaunch)

const HEADER = '姓名,支部,身份,支委分工,入党日期,预备党员,党费类别,党费基数（元）'
const BAD = [
  HEADER,
  '司马晓雯,机关第二党支部,党员,,2015-07-01,否,在职,6500',
  '公孙明,不存在的党支部,党员,,2020-05-04,否,在职,4800',
].join('\n')
const GOOD = BAD.replace('不存在的党支部', '机关第二党支部')

/** roster.preview as the server answers it: a row naming an unknown branch has a problem. */
function previewOf(text: string): RosterPreview {
  const rows = text
    .split('\n')
    .slice(1)
    .map((line, index) => {
      const [name, branchName] = line.split(',')
      const problems = branchName === '不存在的党支部' ? [`没有名为“${branchName}”的支部`] : []
      return { line: index + 2, name, branchName, problems }
    })
  return {
    total: rows.length,
    problemCount: rows.filter((r) => r.problems.length > 0).length,
    headerProblems: [],
    rows,
  }
}

const importButton = () => screen.getByText(/^导入/).closest('.ui-button') as HTMLElement

function rosterCloud() {
  return cloudWithActions(
    {
      'admin/roster.preview': (input) => {
        const source = input as { text?: string; fileID?: string }
        return { data: previewOf(source.text ?? GOOD) }
      },
      'admin/roster.import': () => ({ data: { imported: 2 } }),
    },
    { upload: () => ({ body: { fileID: 'cloud://local.roster/1.csv' } }) },
  )
}

describe('名册导入', () => {
  it('shows each row’s problems before anything is written, and import stays off until none is left', async () => {
    const cloud = rosterCloud()
    render(<ImportPage />)

    await typeInto('把名册粘贴到这里', BAD)
    fireEvent.click(screen.getByText('检查名册'))

    expect(await screen.findByText('✗ 共2行，1行有问题')).toBeTruthy()
    expect(screen.getByText('第3行 · 公孙明 · 不存在的党支部')).toBeTruthy()
    expect(screen.getByText('✗ 没有名为“不存在的党支部”的支部')).toBeTruthy()
    expect(screen.getByText('✓ 没有问题')).toBeTruthy()
    expect(importButton().className).toContain('ui-button--disabled')
    expect(screen.getByText('导入（有问题，不能导入）')).toBeTruthy()
    fireEvent.click(importButton())
    expect(actionsCalled(cloud)).toEqual(['admin/roster.preview'])
    expect(cloud.calls[0].input).toEqual({ text: BAD })

    await typeInto('把名册粘贴到这里', GOOD)
    expect(screen.queryByText('✗ 共2行，1行有问题')).toBeNull()
    fireEvent.click(screen.getByText('检查名册'))

    expect(await screen.findByText('✓ 共2行，都没有问题，可以导入')).toBeTruthy()
    expect(importButton().className).not.toContain('ui-button--disabled')
    fireEvent.click(screen.getByText('导入2人'))

    expect(await screen.findByText('✓ 已导入2人')).toBeTruthy()
    expect(actionsCalled(cloud)).toEqual(['admin/roster.preview', 'admin/roster.preview', 'admin/roster.import'])
    expect(cloud.calls[2].input).toEqual({ text: GOOD })
  })

  it('offers the header line to start from', async () => {
    rosterCloud()
    render(<ImportPage />)

    expect(screen.getByText(HEADER, { exact: false })).toBeTruthy()
    fireEvent.click(screen.getByText('填入表头'))

    const field = (await screen.findAllByPlaceholderText('把名册粘贴到这里'))[0]
    expect(field.closest('taro-textarea-core')?.getAttribute('value')).toBe(`${HEADER}\n`)
  })

  it('says so when there is nothing to check', async () => {
    const cloud = rosterCloud()
    render(<ImportPage />)

    fireEvent.click(screen.getByText('检查名册'))

    expect(await screen.findByText('✗ 请先把名册粘贴到上面的输入框里')).toBeTruthy()
    expect(cloud.calls).toEqual([])
  })

  it('uploads a chosen file to the local cloud, then checks it by its fileID', async () => {
    const cloud = rosterCloud()
    render(<ImportPage />)

    const input = screen.getByLabelText('选择名册文件')
    const file = new File([GOOD], '名册.csv', { type: 'text/csv' })
    fireEvent.change(input, { target: { files: [file] } })

    expect(await screen.findByText('✓ 共2行，都没有问题，可以导入')).toBeTruthy()
    expect(screen.getByText('来源：文件“名册.csv”')).toBeTruthy()
    expect(cloud.uploads).toHaveLength(1)
    expect(cloud.uploads[0].cloudPath).toMatch(/^roster\/\d+\.csv$/)
    expect(cloud.uploads[0].body).toBe(file)
    expect(cloud.calls[0].input).toEqual({ fileID: 'cloud://local.roster/1.csv' })

    fireEvent.click(screen.getByText('导入2人'))
    expect(await screen.findByText('✓ 已导入2人')).toBeTruthy()
    expect(cloud.calls[1].input).toEqual({ fileID: 'cloud://local.roster/1.csv' })
  })

  it('shows the server’s words when the file cannot be read', async () => {
    cloudWithActions(
      {
        'admin/roster.preview': () => ({
          error: { code: 'ROSTER.BAD_FILE', message: '无法读取这个文件，请使用 CSV 或 Excel（xlsx）格式' },
        }),
      },
      { upload: () => ({ body: { fileID: 'cloud://local.roster/2.xlsx' } }) },
    )
    render(<ImportPage />)

    fireEvent.change(screen.getByLabelText('选择名册文件'), {
      target: { files: [new File(['not a sheet'], '名册.xlsx')] },
    })

    expect(await screen.findByText('✗ 无法读取这个文件，请使用 CSV 或 Excel（xlsx）格式')).toBeTruthy()
    expect(screen.queryByText(/^导入/)).toBeNull()
  })
})
