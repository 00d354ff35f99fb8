import type { MakeupOwingItem, MakeupQueueGroup } from '@core/contract/activity-officer-views'
import { LIMITS } from '@core/activity/limits'
import { DayNoteSheet } from '@/officer/DayNoteSheet'
import { callCloud } from '@/services/cloud'

/**
 * 登记线下补学: the member studied the materials in person and handed in a paper 心得; the
 * secretary names the day (from the meeting's end to today) and says in a line how it was done.
 */
export function OfflineSheet({
  group,
  member,
  onDone,
  onCancel,
}: {
  group: MakeupQueueGroup
  member: MakeupOwingItem
  onDone: (next: { groups: MakeupQueueGroup[] }) => void
  onCancel: () => void
}) {
  return (
    <DayNoteSheet
      title={`登记${member.name}的线下补学`}
      intro={`${member.name}在支部当面学习了“${group.activity.title}”的材料、交了纸质心得后，在这里登记。登记后这项补学即为完成，本人的补学记录里会写明。`}
      submitText="登记"
      day={{
        label: '补学日期',
        name: 'on',
        value: group.offlineDays.end,
        start: group.offlineDays.start,
        end: group.offlineDays.end,
      }}
      note={{
        label: '补学情况',
        value: '',
        max: LIMITS.offlineNoteMax,
        lines: 3,
        placeholder: '如：在支部活动室学习了会议记录，交了纸质心得',
        min: {
          length: LIMITS.offlineNoteMin,
          tooShort: `请写明在哪里、怎样补学的，至少${LIMITS.offlineNoteMin}个字`,
          tooShortField: '请写明补学的情况',
        },
      }}
      send={(on, note) =>
        callCloud('secretary', 'makeup.recordOffline', {
          activityId: group.activity.id,
          memberId: member.memberId,
          on,
          note,
        })
      }
      onDone={onDone}
      onCancel={onCancel}
    />
  )
}
