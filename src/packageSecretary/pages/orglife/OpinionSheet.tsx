import type { OrglifePage } from '@core/contract/orglife'
import { ORGLIFE_LIMITS } from '@core/contract/orglife'
import { DayNoteSheet } from '@/officer/DayNoteSheet'
import { callCloud } from '@/services/cloud'

/** 征求意见 done: on which day, and a short note of how. */
export function OpinionSheet({
  page,
  onDone,
  onCancel,
}: {
  page: OrglifePage
  onDone: (next: OrglifePage) => void
  onCancel: () => void
}) {
  return (
    <DayNoteSheet
      title="征求意见已完成"
      intro="会前向党员、群众征求对支部班子和党员的意见。记下征求的日期和方式。"
      submitText="记下"
      day={{ label: '征求意见的日期', name: 'date', value: page.opinions.date ?? page.today, end: page.today }}
      note={{
        label: '说明（可不填）',
        value: page.opinions.note,
        max: ORGLIFE_LIMITS.opinionNote,
        lines: 2,
        placeholder: '如：发放征求意见表20份，收回18份',
      }}
      send={(date, note) =>
        callCloud('secretary', 'orglife.tick', {
          activityId: page.activity.id,
          key: 'opinions',
          done: true,
          date,
          note,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    />
  )
}
