import Taro from '@tarojs/taro'
import type { PaymentEntry } from '@core/contract/dues'
import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { paymentOrigin, paymentState, paymentTitle } from '@/dues/words'
import { type Step, Steps } from '../Steps'
import './index.css'

export interface DuesPaymentsProps {
  payments: PaymentEntry[]
  /** Show whose payment each one is (the secretary's lists). */
  withName?: boolean
  /** A payment's 办理进度 in steps (the member's own, see paymentSteps); none: its state in one line. */
  steps?: (payment: PaymentEntry) => Step[]
  /** Buttons under a payment (确认 / 退回, 冲正), or nothing. */
  actions?: (payment: PaymentEntry) => ReactNode
}

function Receipt({ payment }: { payment: PaymentEntry }) {
  if (!payment.receiptFileID) return null
  if (!payment.receiptUrl) return <Text className="dues-payment__line">附有收据照片</Text>
  const url = payment.receiptUrl
  return (
    <View className="dues-payment__receipt" onClick={() => void Taro.previewImage({ urls: [url], current: url })}>
      <Image
        className="dues-payment__photo"
        src={url}
        mode="aspectFit"
        nativeProps={{ alt: `${payment.memberName}交党费的收据照片` }}
      />
      <Text className="dues-payment__line">收据照片，点按放大</Text>
    </View>
  )
}

/** Payments as cards: months and amount, how and by whom, where each stands. */
export function DuesPayments({ payments, withName, steps: stepsOf, actions }: DuesPaymentsProps) {
  return (
    <View className="dues-payments">
      {payments.map((p) => {
        const steps = stepsOf ? stepsOf(p) : []
        return (
          <View
            key={p.id}
            className={`panel panel--column dues-payment dues-payment--${p.kind === 'correction' ? 'correction' : p.status}`}
          >
            <Text className="dues-payment__title">
              {withName ? `${p.memberName}：${paymentTitle(p)}` : paymentTitle(p)}
            </Text>
            <Text className="dues-payment__line">{paymentOrigin(p)}</Text>
            {steps.length > 0 ? (
              <Steps title="缴费办理进度" steps={steps} />
            ) : (
              <Text className="dues-payment__state">{paymentState(p)}</Text>
            )}
            {p.note ? <Text className="dues-payment__line">备注：{p.note}</Text> : null}
            <Receipt payment={p} />
            {actions ? actions(p) : null}
          </View>
        )
      })}
    </View>
  )
}
