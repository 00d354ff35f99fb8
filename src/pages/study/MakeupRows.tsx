import type { MakeupItem } from '@core/contract/activity-views'
import { MakeupTaskRow } from '@/components/MakeupTaskRow'
import { Section } from '@/components/Section'

/** My open 补学 tasks, each a link to its 补学 page; nothing when there are none. */
export function MakeupRows({ open }: { open: MakeupItem[] }) {
  if (open.length === 0) return null
  return (
    <Section title="补学">
      {open.map((task) => (
        <MakeupTaskRow key={task.activityId} task={task} />
      ))}
    </Section>
  )
}
