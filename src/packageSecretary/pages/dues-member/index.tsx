import Taro, { useRouter } from '@tarojs/taro'
import type { MemberDuesView, PaymentAnswer } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { DuesMonthRows } from '@/components/DuesMonthRows'
import { DuesPaySheet, type DuesPayment } from '@/components/DuesPaySheet'
import { DuesPayments } from '@/components/DuesPayments'
import { DuesStatus } from '@/components/DuesStatus'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { NoTarget } from '@/components/NoTarget'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { uploadReceipt } from '@/dues/upload'
import { usePaymentActions } from '../../dues/payment-actions'

interface PageProps {
  view: MemberDuesView
  reload: () => Promise<void>
  replace: (view: MemberDuesView) => void
}

function Page({ view, reload, replace }: PageProps) {
  const [recording, setRecording] = useState(false)
  const take = (answer: PaymentAnswer) => {
    if (answer.memberPage) replace(answer.memberPage)
    else void reload()
  }
  const { actions, sheet } = usePaymentActions(view.canCollect, 'member', take)

  const record = async (payment: DuesPayment) => {
    const answer = await callCloud('secretary', 'dues.payment.record', {
      memberId: view.member.id,
      ...payment,
      answerWith: 'member',
    })
    setRecording(false)
    take(answer)
    void Taro.showToast({ title: `已登记${view.member.name}的党费`, icon: 'none' })
  }

  return (
    <View className="stack">
      <Text className="page-title">{view.member.name}的党费</Text>
      <Text className="page-subtitle">
        {view.member.branchName}
        {view.member.probationary ? ' · 预备党员' : ''}
      </Text>
      <DuesStatus view={view} audience="collector" />
      {view.canCollect && view.payOptions.length > 0 ? (
        <Section title="登记当面交的党费">
          <Text>党员当面交给您（或转账给支部）而没有自己报告的，在这里登记，登记后立即记为已交。</Text>
          <Button kind="primary" block onClick={() => setRecording(true)}>
            登记缴费
          </Button>
        </Section>
      ) : null}
      <Section title="缴费记录">
        {view.payments.length > 0 ? (
          <DuesPayments payments={view.payments} actions={actions} />
        ) : (
          <Text className="text-secondary">还没有缴费记录。</Text>
        )}
      </Section>
      <Section title="每月情况">
        <DuesMonthRows months={view.history} currentMonth={view.currentMonth} />
      </Section>
      {recording ? (
        <DuesPaySheet
          title={`登记${view.member.name}的党费`}
          explain="选择交了哪几个月和交纳方式。金额由系统按确定的党费计算。"
          options={view.payOptions}
          upload={uploadReceipt}
          defaultMethod="cash"
          submitText="登记为已交"
          onSubmit={record}
          onCancel={() => setRecording(false)}
        />
      ) : null}
      {sheet}
    </View>
  )
}

/** One member's 党费 as the collectors see it: record an in-person payment, correct one. */
export default function MemberDuesPage() {
  return useRouter().params.memberId ? (
    <MemberDuesPageFor />
  ) : (
    <NoTarget what="党员" from="党费" url="/packageSecretary/pages/dues/index" />
  )
}

function MemberDuesPageFor() {
  const { memberId = '' } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'dues.member', { memberId }))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(view) => <Page view={view} reload={screen.reload} replace={screen.replace} />}
      </ScreenView>
    </PageShell>
  )
}
