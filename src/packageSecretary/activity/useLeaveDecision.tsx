import Taro from '@tarojs/taro'
import { LIMITS } from '@core/activity/limits'
import type { RosterView } from '@core/contract/activity-officer-views'
import { useState } from 'react'
import { Notice } from '@/components/Notice'
import { ReasonSheet } from '@/components/ReasonSheet'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'

/** One member's pending leave request on one activity. */
export interface LeaveAsked {
  activityId: string
  memberId: string
  name: string
}

const keyOf = (ask: LeaveAsked) => `${ask.activityId}/${ask.memberId}`

/**
 * 批准 / 不批准 a leave request, from the queue or the live roster: approve at one tap, refuse
 * with a reason the member reads. Each decision is one call; `decided` takes in its answer (the
 * activity's roster, counted again) in place of a reload. `sheet` is the refusal's sheet.
 */
export function useLeaveDecision(decided: (roster: RosterView, ask: LeaveAsked) => void) {
  const [busy, setBusy] = useState<LeaveAsked | null>(null)
  const [problem, setProblem] = useState<{ ask: LeaveAsked; message: string } | null>(null)
  const [refusing, setRefusing] = useState<LeaveAsked | null>(null)

  const approve = async (ask: LeaveAsked) => {
    setBusy(ask)
    setProblem(null)
    try {
      const roster = await callCloud('secretary', 'leave.decide', {
        activityId: ask.activityId,
        memberId: ask.memberId,
        approve: true,
      })
      void Taro.showToast({ title: `已批准${ask.name}请假`, icon: 'none' })
      decided(roster, ask)
    } catch (thrown) {
      setProblem({ ask, message: asCloudError(thrown).message })
    } finally {
      setBusy(null)
    }
  }

  const sheet = refusing ? (
    <ReasonSheet
      title={`不批准${refusing.name}请假`}
      explain={`请写明原因，${refusing.name}会看到。不批准后，TA需要按时参加并签到。`}
      label="原因"
      placeholder="如：这次学习内容重要，请调整时间参加"
      confirmText="不批准"
      max={LIMITS.reason}
      onCancel={() => setRefusing(null)}
      onSubmit={async (reason) => {
        const { activityId, memberId } = refusing
        const roster = await callCloud('secretary', 'leave.decide', { activityId, memberId, approve: false, reason })
        setRefusing(null)
        decided(roster, refusing)
      }}
    />
  ) : null

  return {
    /** This request is being approved now. */
    isBusy: (ask: LeaveAsked) => busy !== null && keyOf(busy) === keyOf(ask),
    busyMemberId: busy?.memberId ?? null,
    /** Why the last approval failed: under that request's card, or anywhere when none is named. */
    notice: (ask?: LeaveAsked) =>
      problem && (!ask || keyOf(problem.ask) === keyOf(ask)) ? <Notice kind="error">{problem.message}</Notice> : null,
    approve: (ask: LeaveAsked) => void approve(ask),
    refuse: setRefusing,
    sheet,
  }
}
