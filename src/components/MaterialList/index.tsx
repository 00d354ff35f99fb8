import type { MaterialView } from '@core/contract/activity-views'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Card } from '../Card'
import './index.css'

const KIND_WORDS = { text: '文字', link: '链接', file: '文件' } as const

/** How this platform opens materials; the page gets it from `useMaterialOpener`. */
/** A file material with the temporary link the cloud made for it. */
export interface MaterialFile {
  fileID: string
  url: string
  title: string
}

export interface MaterialOpener {
  /** Whether a tap on a link opens it; otherwise its address is shown to copy. */
  canOpenLinks: boolean
  openLink: (url: string) => Promise<void>
  /** Rejects with an Error whose message is for people. */
  /** A cloud file: weapp opens it by its fileID (wx.cloud.downloadFile needs no download domain), H5 by its link. */
  openFile: (file: MaterialFile) => Promise<void>
}

export interface MaterialListProps {
  materials: MaterialView[]
  opener: MaterialOpener
}

function MaterialRow({ material, opener }: { material: MaterialView; opener: MaterialOpener }) {
  const { canOpenLinks, openFile, openLink } = opener
  const [open, setOpen] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const act = () => {
    setProblem(null)
    if (material.kind === 'text' || (material.kind === 'link' && !canOpenLinks)) setOpen(!open)
    else if (material.kind === 'link') void openLink(material.url).catch((e: Error) => setProblem(e.message))
    else if (material.url)
      void openFile({ fileID: material.fileID, url: material.url, title: material.title }).catch((e: Error) =>
        setProblem(e.message),
      )
    else setProblem('这个文件已经不在了，请联系书记')
  }
  const expands = material.kind === 'text' || (material.kind === 'link' && !canOpenLinks)
  const hint = expands ? (open ? '收起 ▲' : material.kind === 'text' ? '展开阅读 ▼' : '查看网址 ▼') : '打开 ›'
  return (
    <Card>
      <View className="material" onClick={act}>
        <Text className="material__kind">{KIND_WORDS[material.kind]}</Text>
        <Text className="material__title">{material.title}</Text>
        <Text className="material__hint">{hint}</Text>
      </View>
      {material.kind === 'text' && open ? (
        <Text className="material__text" userSelect>
          {material.text}
        </Text>
      ) : null}
      {material.kind === 'link' && open ? (
        <>
          <Text className="material__text" userSelect>
            {material.url}
          </Text>
          <Text className="text-secondary">小程序里不能直接打开网页：长按上面的网址复制，到手机浏览器中打开。</Text>
        </>
      ) : null}
      {problem ? <Text className="material__problem">✗ {problem}</Text> : null}
    </Card>
  )
}

/** An activity's materials: text to read in place, links and files to open. */
export function MaterialList({ materials, opener }: MaterialListProps) {
  if (materials.length === 0) return <Text className="text-secondary">没有学习材料。</Text>
  return (
    <View className="stack">
      {materials.map((material, index) => (
        <MaterialRow key={`${index}-${material.title}`} material={material} opener={opener} />
      ))}
    </View>
  )
}
