import type { MemberRow } from '@core/contract/org'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Notice } from '@/components/Notice'
import { bindingText, codeText, roleText } from '@/officer/labels'

export interface MemberCardProps {
  row: MemberRow
  busy: boolean
  /** What went wrong with the last action on this member. */
  problem?: string
  onIssue: (row: MemberRow) => void
  onRevoke: (row: MemberRow) => void
}

export function MemberCard({ row, busy, problem, onIssue, onRevoke }: MemberCardProps) {
  const hasCode = row.code.state === 'active' || row.code.state === 'expired' || row.code.state === 'locked'
  return (
    <Card>
      <View className="member-card">
        <View className="spread-row">
          <Text className="member-card__name">{row.name}</Text>
          <Text className="member-card__role">{roleText(row)}</Text>
        </View>
        {row.probationary ? <Text className="tag">预备党员</Text> : null}
        <View className="member-card__foot">
          <Text className="member-card__state">
            {row.bound ? bindingText(row) : `${bindingText(row)} · ${codeText(row.code)}`}
          </Text>
          {row.bound ? (
            <Button disabled={busy} onClick={() => onRevoke(row)}>
              解除绑定
            </Button>
          ) : (
            <Button kind={hasCode ? 'plain' : 'primary'} loading={busy} onClick={() => onIssue(row)}>
              {hasCode ? '重新生成绑定码' : '生成绑定码'}
            </Button>
          )}
        </View>
        {problem ? <Notice kind="error">{problem}</Notice> : null}
      </View>
    </Card>
  )
}
