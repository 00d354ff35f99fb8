import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { DuesMonthRows } from '@/components/DuesMonthRows'
import { DuesPaySheet, type DuesPayment } from '@/components/DuesPaySheet'
import { DuesPayments } from '@/components/DuesPayments'
import { DuesStatus } from '@/components/DuesStatus'
import { ScreenPage } from '@/components/ScreenPage'
import { ReminderOffer } from '@/components/ReminderOffer'
import { Section } from '@/components/Section'
import { useReminderOffer } from '@/hooks/useReminderOffer'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { uploadReceipt } from '@/dues/upload'
import { paymentSteps } from '@/dues/words'
import { appNow } from '@/services/clock'

const HOW_TO_PAY =
  '先把党费交给支部（微信转账给支部、交现金或银行转账），再在这里报告。书记或收缴人确认收到后，这几个月就显示为“已交”。'

/** 党费: this month's amount and state, arrears, what may be paid now, history and payments. */
export default function DuesPage() {
  const screen = useScreen(() => callCloud('member', 'dues.my', {}))
  const [paying, setPaying] = useState(false)
  const offer = useReminderOffer('duesReport')

  const report = async (payment: DuesPayment) => {
    // A report answers with the refreshed page: shown as it is, no second call.
    screen.replace(await callCloud('member', 'dues.report', payment))
    setPaying(false)
    void Taro.showToast({ title: '已报告，等待书记确认', icon: 'none', duration: 3000 })
    offer.show()
  }

  return (
    <ScreenPage screen={screen} title="党费" subtitle={(view) => `${view.member.name} · ${view.member.branchName}`}>
      {(view) => (
        <>
          <DuesStatus view={view} audience="member" />
          <ReminderOffer {...offer.props} />
          {view.payOptions.length > 0 ? (
            <Section title="交党费">
              <Text>{HOW_TO_PAY}</Text>
              <Button kind="primary" block onClick={() => setPaying(true)}>
                报告缴费
              </Button>
              <Text className="text-secondary">
                可以补交欠费，也可以预交，最多预交{view.settings.prepayLimit}个月。
              </Text>
            </Section>
          ) : null}
          <Section title="每月情况">
            {view.history.length > 0 ? (
              <DuesMonthRows months={view.history} currentMonth={view.currentMonth} />
            ) : (
              <Text className="text-secondary">还没有党费记录。</Text>
            )}
          </Section>
          {view.payments.length > 0 ? (
            <Section title="我的缴费记录">
              <DuesPayments payments={view.payments} steps={(p) => paymentSteps(p, appNow())} />
            </Section>
          ) : null}
          {paying ? (
            <DuesPaySheet
              title="报告缴费"
              explain="请先把党费交给支部，再在这里报告交了哪几个月、怎么交的。"
              options={view.payOptions}
              upload={uploadReceipt}
              submitText="报告缴费"
              onSubmit={report}
              onCancel={() => setPaying(false)}
            />
          ) : null}
        </>
      )}
    </ScreenPage>
  )
}
