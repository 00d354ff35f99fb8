import { dayWords } from '@core/dates'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AbsenceView, ArrivalResult, ArrivalView, TransferPage, TransferView } from '@core/contract/transfer'
import { TRANSFER_LIMITS } from '@core/contract/transfer'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { ReasonSheet } from '@/components/ReasonSheet'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { MonthFolds } from '@/fold/MonthFold'
import { closedOn, newestClosedFirst, stateCounts } from '@/fold/transfers'
import { AbsenceSheet } from './AbsenceSheet'
import { ArriveSheet } from './ArriveSheet'
import { transferChip } from '@/officer/transfer-form'
import { OutSheet, ReceiptSheet } from './Sheets'
import './index.css'

type Open =
  | { kind: 'out' }
  | { kind: 'arrive' }
  | { kind: 'absence' }
  | { kind: 'receipt'; transfer: TransferView }
  | { kind: 'cancel'; transfer: TransferView }
  | null

/** A month's arrivals in words: `转入2人 · 未绑定微信1人`. */
function arrivalWords(items: ArrivalView[]): string {
  const unbound = items.filter((a) => !a.bound).length
  return unbound > 0 ? `转入${items.length}人 · 未绑定微信${unbound}人` : `转入${items.length}人`
}

function OutRow({ t, onOpen }: { t: TransferView; onOpen: (o: Open) => void }) {
  const letter = t.letter
  return (
    <View className="transfer-row">
      <View className="spread-row">
        <Text className="transfer-row__name">{t.memberName}</Text>
        <Text className={transferChip(t)}>{t.stateLabel}</Text>
      </View>
      <Text>转往：{t.destination}</Text>
      {letter ? (
        <>
          <Text>
            介绍信{letter.letterNo}，党费交至{letter.duesWords}
          </Text>
          {t.state === 'issued' ? (
            <Text className={t.receiptDue ? 'transfer-row__due' : ''}>{letter.validityWords}</Text>
          ) : null}
        </>
      ) : (
        <Text className="text-secondary">
          {dayWords(t.requestedOn)}提请，{t.state === 'requested' ? '等待机关党委开具介绍信' : ''}
        </Text>
      )}
      {t.receipt ? (
        <Text>
          回执：{dayWords(t.receipt.receivedOn)}收到{t.receipt.note ? `，${t.receipt.note}` : ''}
        </Text>
      ) : null}
      {t.cancelReason ? <Text className="text-secondary">撤销原因：{t.cancelReason}</Text> : null}
      <View className="transfer-row__actions">
        {t.state === 'issued' ? (
          <Button kind="primary" onClick={() => onOpen({ kind: 'receipt', transfer: t })}>
            登记回执
          </Button>
        ) : null}
        {t.letter ? (
          <Button onClick={() => void Taro.navigateTo({ url: `/packageSecretary/pages/letter/index?id=${t.id}` })}>
            查看介绍信
          </Button>
        ) : null}
        {t.state === 'requested' ? <Button onClick={() => onOpen({ kind: 'cancel', transfer: t })}>撤销</Button> : null}
      </View>
    </View>
  )
}

function Body({ page, screen }: { page: TransferPage; screen: Screen<TransferPage> }) {
  const [open, setOpen] = useState<Open>(null)
  const [arrived, setArrived] = useState<ArrivalResult | null>(null)
  const tap = useSubmit({ staysOnScreen: true })
  const done = (next: TransferPage) => {
    screen.replace(next)
    setOpen(null)
  }
  const back = (absenceId: string) =>
    void tap.run(async () =>
      screen.replace(await callCloud('secretary', 'absence.end', { absenceId, returnedOn: page.today })),
    )
  const absenceRow = (a: AbsenceView) => (
    <View key={a.id} className="transfer-row">
      <View className="spread-row">
        <Text className="transfer-row__name">{a.memberName}</Text>
        <Text
          className={
            a.overdue
              ? 'status-chip status-chip--danger'
              : a.state === 'away'
                ? 'status-chip status-chip--warning'
                : 'status-chip'
          }
        >
          {a.state === 'away' ? (a.overdue ? '已过返回日期' : '外出中') : '已返回'}
        </Text>
      </View>
      <Text>{a.words}</Text>
      <Text className="text-secondary">去向：{a.place}</Text>
      {a.state === 'away' ? (
        <Button loading={tap.busy} onClick={() => back(a.id)}>
          今天已返回
        </Button>
      ) : null}
    </View>
  )
  // Those still away in full; those back by the month they left, the latest open.
  const away = page.absences.filter((a) => a.state === 'away')
  const returned = page.absences.filter((a) => a.state !== 'away')
  const openOut = page.outgoing.filter((t) => t.state === 'requested' || t.state === 'issued')
  const closedOut = page.outgoing.filter((t) => t.state !== 'requested' && t.state !== 'issued')
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      {arrived ? (
        <Card>
          <View className="stack">
            <Text className="transfer-row__name">{arrived.memberName}已列入本支部名册</Text>
            <Text>请把绑定码交给本人，7天内有效：</Text>
            <Text className="transfer-code">{arrived.code}</Text>
            {arrived.talk ? <Text>{arrived.talk.words}</Text> : null}
            <Button onClick={() => setArrived(null)}>知道了</Button>
          </View>
        </Card>
      ) : null}
      <Section title={`转出（办理中${openOut.length}人）`}>
        {page.outgoing.length === 0 ? (
          <EmptyState title="没有组织关系转出" description="党员调离本机关时，在这里提请机关党委开具介绍信。" />
        ) : (
          <>
            {openOut.map((t) => (
              <OutRow key={t.id} t={t} onOpen={setOpen} />
            ))}
            <MonthFolds
              items={newestClosedFirst(closedOut)}
              monthOf={(t) => closedOn(t).slice(0, 7)}
              current={page.currentMonth}
              summary={stateCounts}
              row={(t) => <OutRow key={t.id} t={t} onOpen={setOpen} />}
            />
          </>
        )}
        <Button kind="primary" block onClick={() => setOpen({ kind: 'out' })}>
          办理转出
        </Button>
      </Section>
      <Section title="转入报到">
        {page.arrivals.length === 0 ? (
          <EmptyState title="还没有转入的党员" description="收到介绍信、党员来报到时登记，系统同时生成绑定码。" />
        ) : (
          <MonthFolds
            items={page.arrivals}
            monthOf={(a) => a.arrivedOn.slice(0, 7)}
            current={page.currentMonth}
            summary={arrivalWords}
            row={(a) => (
              <View key={a.id} className="transfer-row">
                <View className="spread-row">
                  <Text className="transfer-row__name">{a.memberName}</Text>
                  <Text className={a.bound ? 'status-chip status-chip--success' : 'status-chip status-chip--warning'}>
                    {a.bound ? '已绑定微信' : '未绑定微信'}
                  </Text>
                </View>
                <Text>
                  {dayWords(a.arrivedOn)}由{a.from}转入，{a.probationary ? '预备党员' : '正式党员'}
                </Text>
                <Text className="text-secondary">{a.duesWords}</Text>
              </View>
            )}
          />
        )}
        <Button kind="primary" block onClick={() => setOpen({ kind: 'arrive' })}>
          登记转入
        </Button>
      </Section>
      <Section title="外出">
        {page.absences.length === 0 ? (
          <EmptyState title="没有外出的党员" description="外出学习、挂职借调6个月以内的，在这里登记去向和返回日期。" />
        ) : (
          <>
            {away.map(absenceRow)}
            <MonthFolds
              items={returned}
              monthOf={(a) => a.fromOn.slice(0, 7)}
              current={page.currentMonth}
              summary={(items) => `外出${items.length}人 · 已返回`}
              row={absenceRow}
            />
          </>
        )}
        <Button block onClick={() => setOpen({ kind: 'absence' })}>
          登记外出
        </Button>
      </Section>
      <Button block onClick={() => void Taro.navigateTo({ url: '/packageSecretary/pages/touch/index' })}>
        查看失去联系的党员
      </Button>
      <Text className="text-secondary">{page.source}</Text>
      {open?.kind === 'out' ? <OutSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'absence' ? <AbsenceSheet page={page} onDone={done} onCancel={() => setOpen(null)} /> : null}
      {open?.kind === 'arrive' ? (
        <ArriveSheet
          page={page}
          onDone={(result) => {
            screen.replace(result.page)
            setArrived(result)
            setOpen(null)
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'receipt' ? (
        <ReceiptSheet page={page} transfer={open.transfer} onDone={done} onCancel={() => setOpen(null)} />
      ) : null}
      {open?.kind === 'cancel' ? (
        <ReasonSheet
          title="撤销转出"
          explain="介绍信开具前可以撤销；撤销后这条记录仍保留，并显示原因。"
          label="撤销原因"
          placeholder="如：调动暂缓"
          confirmText="确认撤销"
          max={TRANSFER_LIMITS.reason}
          min={TRANSFER_LIMITS.reasonMin}
          onSubmit={async (reason) =>
            done(await callCloud('secretary', 'transfer.cancel', { transferId: open.transfer.id, reason }))
          }
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </View>
  )
}

/** 组织关系: the branch's 转出 (to the 回执), 转入报到 and 外出. */
export default function TransferScreen() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'transfer.page', branchId ? { branchId } : {}))
  return (
    <ScreenPage screen={screen} title={(p) => `${p.branch.name}组织关系`} subtitle={() => '转出、转入和外出'}>
      {(page) => <Body page={page} screen={screen} />}
    </ScreenPage>
  )
}
