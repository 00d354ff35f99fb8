import type { BranchStudyMember, ManagedReadingItem } from '@core/contract/study'
import { Text, View } from '@tarojs/components'

export interface MemberStudyProps {
  member: BranchStudyMember
  items: ManagedReadingItem[]
  /** `本月` or `2月`. */
  monthWord: string
}

/** A member's study as their secretary sees it: a record in the month or not, and items done. Nothing else. */
export function MemberStudy({ member, items, monthWord }: MemberStudyProps) {
  const done = items.filter((item) => member.doneItemIds.includes(item.id)).map((item) => item.title)
  return (
    <View className="panel panel--column member-study">
      <View className="spread-row member-study__head">
        <Text className="member-study__name">{member.name}</Text>
        <Text className={member.hasRecord ? 'member-study__yes' : 'member-study__no'}>
          {member.hasRecord ? `✓ ${monthWord}有学习记录` : `○ ${monthWord}暂无记录`}
        </Text>
      </View>
      <Text className="member-study__done">{done.length > 0 ? `已学完：${done.join('、')}` : '已学完：暂无'}</Text>
    </View>
  )
}
