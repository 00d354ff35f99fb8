import { useDidShow } from '@tarojs/taro'
import type { MakeupItem } from '@core/contract/activity'
import { useCallback, useEffect, useState } from 'react'
import { EntryRow } from '@/components/EntryRow'
import { MakeupTaskRow } from '@/components/MakeupTaskRow'
import { Section } from '@/components/Section'
import { callCloud } from '@/services/cloud'

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; open: MakeupItem[] }

/**
 * My open 补学 tasks, each a link to its 补学 page. Loaded after the page's own call has
 * drawn the screen (it sits below the calendar), and again each time the page is shown.
 */
export function MakeupRows() {
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  const fetchTasks = useCallback(() => {
    callCloud('member', 'makeup.mine', {}).then(
      ({ open }) => setLoad({ state: 'ready', open }),
      () => setLoad((now) => (now.state === 'ready' ? now : { state: 'failed' })),
    )
  }, [])
  useEffect(fetchTasks, [fetchTasks])
  useDidShow(fetchTasks)

  if (load.state === 'loading' || (load.state === 'ready' && load.open.length === 0)) return null
  return (
    <Section title="补学">
      {load.state === 'failed' ? (
        <EntryRow title="补学任务没能打开" value="点此重试" onClick={fetchTasks} />
      ) : (
        load.open.map((task) => <MakeupTaskRow key={task.activityId} task={task} />)
      )}
    </Section>
  )
}
