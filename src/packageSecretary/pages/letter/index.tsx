import { dayWords } from '@core/dates'
import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { LetterView } from '@core/contract/transfer'
import { Card } from '@/components/Card'
import { ScreenPage } from '@/components/ScreenPage'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import './index.css'

function Letter({ view }: { view: LetterView }) {
  const letter = view.letter
  if (!letter) {
    return (
      <Card>
        <Text>机关党委还没有开具这份介绍信（{view.stateLabel}）。</Text>
      </Card>
    )
  }
  return (
    <View className="stack">
      <View className="letter">
        <Text className="letter__title">中国共产党党员组织关系介绍信</Text>
        <Text className="letter__no">{letter.letterNo}</Text>
        <Text>{view.destination}：</Text>
        <Text>
          {view.memberName}同志（{view.standing}，{dayWords(view.joinDate)}入党），系{view.branchName}党员，组织关系由
          {view.issuer}转去你处，请接洽。
        </Text>
        <Text>党费交至：{letter.duesWords}</Text>
        <Text>
          有效期：{letter.validDays}天（至{dayWords(letter.validUntil)}）
        </Text>
        <Text className="letter__sign">{view.issuer}（盖章）</Text>
        <Text className="letter__sign">{dayWords(letter.issuedOn)}</Text>
      </View>
      <Card>
        <Text>状态：{view.stateLabel}</Text>
        <Text>{letter.validityWords}</Text>
        {view.receipt ? <Text>回执：{dayWords(view.receipt.receivedOn)}收到</Text> : null}
      </Card>
    </View>
  )
}

/** The printable 介绍信 of one 转出. */
export default function LetterScreen() {
  const { id } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'transfer.letter', { transferId: id ?? '' }))
  return (
    <ScreenPage screen={screen} title={(v) => `${v.memberName}的介绍信`} subtitle={(v) => v.stateLabel}>
      {(view) => <Letter view={view} />}
    </ScreenPage>
  )
}
