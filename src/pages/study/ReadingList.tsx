import Taro from '@tarojs/taro'
import type { MyReadingItem } from '@core/contract/study'
import { Text } from '@tarojs/components'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { ReadingItemCard } from '@/components/ReadingItemCard'
import { Section } from '@/components/Section'
import { LINK_ACTION, openFile, openLink } from '@/study/open-material'

export interface ReadingListProps {
  items: MyReadingItem[]
  onRecord: (item: MyReadingItem) => void
}

function say(error: unknown) {
  const title = error instanceof Error ? error.message : '没能打开，请稍后再试'
  void Taro.showToast({ title, icon: 'none', duration: 3000 })
}

function ItemCard({ item, onRecord }: { item: MyReadingItem; onRecord: ReadingListProps['onRecord'] }) {
  const { link, fileID } = item
  return (
    <ReadingItemCard item={item} state={item.finished ? '✓ 已学完' : '○ 还没有学习记录'}>
      <Button onClick={() => onRecord(item)}>学习打卡</Button>
      {link ? <Button onClick={() => void openLink(link).catch(say)}>{LINK_ACTION}</Button> : null}
      {fileID ? <Button onClick={() => void openFile(fileID).catch(say)}>打开文件</Button> : null}
    </ReadingItemCard>
  )
}

/** The branch's reading list: this period's items first, each with whether I have finished it. */
export function ReadingList({ items, onRecord }: ReadingListProps) {
  const current = items.filter((item) => item.current)
  const others = items.filter((item) => !item.current)
  return (
    <>
      <Section title="必读书目">
        <Text className="text-secondary">记录学习时选了哪一项，那一项就标为“✓ 已学完”。</Text>
        {current.length === 0 ? (
          <EmptyState title="本期还没有必读书目" description="机关党委和支部添加后会显示在这里。" />
        ) : (
          current.map((item) => <ItemCard key={item.id} item={item} onRecord={onRecord} />)
        )}
      </Section>
      {others.length > 0 ? (
        <Section title="其他时期的书目">
          {others.map((item) => (
            <ItemCard key={item.id} item={item} onRecord={onRecord} />
          ))}
        </Section>
      ) : null}
    </>
  )
}
