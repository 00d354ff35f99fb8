/** Confirm, return and correct payments: the same buttons on 党费 and on one member's page. */
import Taro from '@tarojs/taro'
import type { PaymentAnswer, PaymentEntry } from '@core/contract/dues'
import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { ReasonSheet, type ReasonSheetProps } from '@/components/ReasonSheet'
import { monthsLabel, yuan } from '@/dues/words'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { DUES_LIMITS } from '@core/contract/dues-limits'
import { confirmDialog } from '@/services/dialog'

type Asking = { kind: 'reject' | 'correct'; payment: PaymentEntry }

const monthsOf = (p: PaymentEntry) => monthsLabel(p.months.map((m) => m.month))

/** What the reason sheet says for returning a report (退回) and for reversing a payment (冲正). */
const SHEET_WORDS: Record<
  Asking['kind'],
  (p: PaymentEntry) => Omit<ReasonSheetProps, 'max' | 'min' | 'onSubmit' | 'onCancel'>
> = {
  reject: (p) => ({
    title: '退回缴费报告',
    explain: `退回${p.memberName}${monthsOf(p)}的缴费报告（${yuan(p.amountFen)}）。这几个月仍算未交，退回原因会告诉本人。`,
    label: '退回原因',
    placeholder: '如：没有收到这笔转账，请核对后重新报告',
    confirmText: '退回',
  }),
  correct: (p) => ({
    title: '冲正这笔缴费',
    explain: `冲正会记一笔金额相反的账，${monthsOf(p)}重新变为未交，原来的记录仍然保留。冲正后请按实际情况重新登记正确的缴费。`,
    label: '冲正原因',
    placeholder: '如：金额登记错了，实际交的是另外的月份',
    confirmText: '冲正',
  }),
}

export interface PaymentActions {
  /** The buttons under one payment (nothing when the caller may not collect). */
  actions: (payment: PaymentEntry) => ReactNode
  /** The reason sheet while one is open. */
  sheet: ReactNode
}

/**
 * `page` names the screen the buttons are on; each tap's answer is that screen as it now reads,
 * handed to `take` (one tap, one call).
 */
export function usePaymentActions(
  canCollect: boolean,
  page: 'branch' | 'member',
  take: (answer: PaymentAnswer) => void,
): PaymentActions {
  const [busyId, setBusyId] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null)
  const [asking, setAsking] = useState<Asking | null>(null)

  const confirm = async (p: PaymentEntry) => {
    const yes = await confirmDialog({
      title: '确认收到党费',
      content: `确认已收到${p.memberName}${monthsOf(p)}的党费，共 ${yuan(p.amountFen)}？确认后这几个月记为已交。`,
      confirmText: '确认收到',
      cancelText: '取消',
    })
    if (!yes) return
    setBusyId(p.id)
    setProblem(null)
    try {
      take(await callCloud('secretary', 'dues.payment.confirm', { paymentId: p.id, answerWith: page }))
      void Taro.showToast({ title: `已确认${p.memberName}的党费`, icon: 'none' })
    } catch (thrown) {
      setProblem({ id: p.id, message: asCloudError(thrown).message })
    } finally {
      setBusyId(null)
    }
  }

  const decide = async (reason: string) => {
    if (!asking) return
    const { kind, payment } = asking
    const answer = await callCloud('secretary', kind === 'reject' ? 'dues.payment.reject' : 'dues.payment.correct', {
      paymentId: payment.id,
      reason,
      answerWith: page,
    })
    setAsking(null)
    take(answer)
    const done = kind === 'reject' ? `已退回${payment.memberName}的缴费报告` : '已冲正，请登记正确的缴费'
    void Taro.showToast({ title: done, icon: 'none', duration: 3000 })
  }

  const actions = (p: PaymentEntry): ReactNode => {
    if (!canCollect) return null
    const open = (kind: Asking['kind']) => () => {
      setProblem(null)
      setAsking({ kind, payment: p })
    }
    const busy = busyId === p.id
    const note = problem?.id === p.id ? <Notice kind="error">{problem.message}</Notice> : null
    if (p.kind === 'payment' && p.status === 'reported') {
      return (
        <>
          {note}
          <View className="row">
            <Button block disabled={busy} onClick={open('reject')}>
              退回
            </Button>
            <Button kind="primary" block loading={busy} onClick={() => void confirm(p)}>
              确认收到
            </Button>
          </View>
        </>
      )
    }
    if (p.kind === 'payment' && p.status === 'confirmed' && !p.correctedById) {
      return (
        <>
          {note}
          <Button block onClick={open('correct')}>
            冲正（记错了）
          </Button>
        </>
      )
    }
    return null
  }

  const sheet = asking ? (
    <ReasonSheet
      {...SHEET_WORDS[asking.kind](asking.payment)}
      max={DUES_LIMITS.reason}
      min={DUES_LIMITS.reasonMin}
      onSubmit={decide}
      onCancel={() => setAsking(null)}
    />
  ) : null

  return { actions, sheet }
}
