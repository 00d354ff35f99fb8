import { act, fireEvent, render, screen } from '@testing-library/react'
import type { MaterialView } from '@core/contract/activity-views'
import { MaterialList, type MaterialOpener } from '@/components/MaterialList'

const materials: MaterialView[] = [
  { kind: 'text', title: '党章第一章', text: '中国共产党是中国工人阶级的先锋队' },
  { kind: 'link', title: '学习强国专题', url: 'https://www.xuexi.cn/topic' },
  { kind: 'file', title: '讲稿', fileID: 'cloud://env/activity/talk.pdf', url: 'https://files.example/talk.pdf' },
  { kind: 'file', title: '旧录像', fileID: 'cloud://env/activity/old.mp4', url: null },
]

function opener(overrides: Partial<MaterialOpener> = {}) {
  const calls: string[] = []
  const value: MaterialOpener = {
    canOpenLinks: false,
    openLink: async (url) => void calls.push(`link ${url}`),
    openFile: async ({ fileID, url, title }) => void calls.push(`file ${fileID} ${url} ${title}`),
    ...overrides,
  }
  return { value, calls }
}

describe('MaterialList', () => {
  it('reads text in place and, where links cannot open, shows the address to copy', () => {
    const { value, calls } = opener()
    render(<MaterialList materials={materials} opener={value} />)

    fireEvent.click(screen.getByText('党章第一章'))
    expect(screen.getByText('中国共产党是中国工人阶级的先锋队')).toBeTruthy()
    fireEvent.click(screen.getByText('学习强国专题'))
    expect(screen.getByText('https://www.xuexi.cn/topic')).toBeTruthy()
    expect(calls).toEqual([])
  })

  it('opens links and files through the opener it is given', async () => {
    const { value, calls } = opener({ canOpenLinks: true })
    render(<MaterialList materials={materials} opener={value} />)

    await act(async () => fireEvent.click(screen.getByText('学习强国专题')))
    await act(async () => fireEvent.click(screen.getByText('讲稿')))
    expect(calls).toEqual([
      'link https://www.xuexi.cn/topic',
      'file cloud://env/activity/talk.pdf https://files.example/talk.pdf 讲稿',
    ])
  })

  it('says in words when a file cannot be opened or is gone', async () => {
    const { value } = opener({ openFile: () => Promise.reject(new Error('“讲稿”没能打开，请稍后再试')) })
    render(<MaterialList materials={materials} opener={value} />)

    await act(async () => fireEvent.click(screen.getByText('讲稿')))
    expect(await screen.findByText('✗ “讲稿”没能打开，请稍后再试')).toBeTruthy()
    fireEvent.click(screen.getByText('旧录像'))
    expect(screen.getByText('✗ 这个文件已经不在了，请联系书记')).toBeTruthy()
  })
})
