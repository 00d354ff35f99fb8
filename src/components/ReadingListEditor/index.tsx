import Taro from '@tarojs/taro'
import type { ManagedReadingItem } from '@core/contract/study'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../Button'
import { EmptyState } from '../EmptyState'
import {
  ReadingItemSheet,
  RetireItemSheet,
  type ReadingItemSheetProps,
  type ReadingItemTask,
  type RetireItemSheetProps,
} from '../ReadingItemSheet'
import { ReadingItemCard } from '../ReadingItemCard'
import { Section } from '../Section'

export interface ReadingListEditorProps {
  /** The section's title, e.g. `机关党委书目`. */
  title: string
  /** One sentence under the title: who sees the list and who keeps it. */
  explain: string
  /** What the list is called in the sheet's title, e.g. `本支部书目`. */
  listName: string
  items: ManagedReadingItem[]
  /** The month on screen (`YYYY-MM`): a new period starts as its quarter. */
  month: string
  /** A line in words on each card, e.g. whose item it is. */
  stateOf?: (item: ManagedReadingItem) => string
  upload: ReadingItemSheetProps['upload']
  onAdd: ReadingItemSheetProps['onAdd']
  onEdit: ReadingItemSheetProps['onEdit']
  onRetire: RetireItemSheetProps['onRetire']
  /** After an item is added, edited or retired: the page loads again. */
  onSaved: () => void
}

/** A reading list that officers keep: its items with 修改 and 停用, 添加学习资料, and their sheets. */
export function ReadingListEditor(props: ReadingListEditorProps) {
  const { title, explain, listName, items, month, stateOf, upload, onAdd, onEdit, onRetire, onSaved } = props
  const [task, setTask] = useState<ReadingItemTask | null>(null)
  const [retiring, setRetiring] = useState<ManagedReadingItem | null>(null)

  const saved = (message: string) => {
    setTask(null)
    setRetiring(null)
    void Taro.showToast({ title: message, icon: 'none' })
    onSaved()
  }

  return (
    <>
      <Section title={title}>
        <Text className="text-secondary">{explain}</Text>
        <Button kind="primary" block onClick={() => setTask({ mode: 'add' })}>
          添加学习资料
        </Button>
        {items.length === 0 ? <EmptyState title="书目中还没有资料" /> : null}
        {items.map((item) => (
          <ReadingItemCard key={item.id} item={item} state={stateOf?.(item)}>
            {item.editable ? (
              <>
                <Button onClick={() => setTask({ mode: 'edit', item })}>修改</Button>
                <Button onClick={() => setRetiring(item)}>停用</Button>
              </>
            ) : null}
          </ReadingItemCard>
        ))}
      </Section>
      {task ? (
        <ReadingItemSheet
          task={task}
          month={month}
          upload={upload}
          listName={listName}
          onAdd={onAdd}
          onEdit={onEdit}
          onDone={(item) => saved(task.mode === 'add' ? `已添加“${item.title}”` : '已保存')}
          onCancel={() => setTask(null)}
        />
      ) : null}
      {retiring ? (
        <RetireItemSheet
          item={retiring}
          onRetire={onRetire}
          onDone={() => saved(`已停用“${retiring.title}”`)}
          onCancel={() => setRetiring(null)}
        />
      ) : null}
    </>
  )
}
