import Taro, { useRouter } from '@tarojs/taro'
import type { BranchDues, DuesSettings } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { DuesPayments } from '@/components/DuesPayments'
import { EntryRow } from '@/components/EntryRow'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { monthLabel } from '@/dues/words'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { duesAmountsUrl, duesLedgerUrl } from '../../dues/links'
import { usePaymentActions } from '../../dues/payment-actions'
import { AmountsSummary } from './AmountsSummary'
import { ArrearsList } from './ArrearsList'
import { SettingsSheet } from './SettingsSheet'
import { MonthRows, MonthTotals } from './ThisMonth'
import './index.css'

function settingsText(s: DuesSettings): string {
  const who = s.treasurers.length > 0 ? s.treasurers.map((t) => t.name).join('、') : '未指定'
  return `每月${s.collectionDay}日收缴 · 最多预交${s.prepayLimit}个月 · 收缴人：${who}`
}

function collectorsText(s: DuesSettings): string {
  return s.treasurers.length > 0 ? `书记或收缴人（${s.treasurers.map((t) => t.name).join('、')}）` : '书记'
}

interface PageProps {
  dues: BranchDues
  branchId?: string
  reload: () => Promise<void>
  replace: (dues: BranchDues) => void
}

function Page({ dues, branchId, reload, replace }: PageProps) {
  const [editing, setEditing] = useState(false)
  const { actions, sheet } = usePaymentActions(dues.canCollect, 'branch', (answer) => {
    if (answer.branchPage) replace(answer.branchPage)
    else void reload()
  })
  const year = Number(dues.currentMonth.slice(0, 4))
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className="stack">
      <Text className="page-title">党费</Text>
      <Text className="page-subtitle">
        {dues.branch.name} · {monthLabel(dues.currentMonth)}
      </Text>
      <MonthTotals month={dues.thisMonth} />
      {dues.canCollect ? null : (
        <Notice kind="info">{`您可以查看；确认和登记缴费由${collectorsText(dues.settings)}办理。`}</Notice>
      )}
      <Section title={`待确认的缴费（${dues.waiting.length}笔）`}>
        {dues.waiting.length > 0 ? (
          <DuesPayments payments={dues.waiting} withName actions={actions} />
        ) : (
          <Text className="text-secondary">没有等待确认的缴费报告。</Text>
        )}
      </Section>
      <Section title={`欠交提醒（${dues.arrears.length}人）`}>
        {dues.arrears.length > 0 ? (
          <>
            <Text className="text-secondary">连续3个月、5个月未交时提醒；满6个月请支部研究处理。</Text>
            <ArrearsList rows={dues.arrears} />
          </>
        ) : (
          <Text className="text-secondary">没有人欠交。</Text>
        )}
      </Section>
      <Section title={`${year}年党费金额`}>
        <AmountsSummary year={dues.year} />
        <Button block onClick={go(duesAmountsUrl({ branchId, year, month: dues.currentMonth }))}>
          查看和确认金额
        </Button>
      </Section>
      <Section title="台账与设置">
        <EntryRow
          title="党费台账"
          value="每人每月"
          onClick={go(duesLedgerUrl({ branchId, month: dues.currentMonth, limit: dues.settings.prepayLimit }))}
        />
        {dues.canChangeSettings ? <EntryRow title="党费设置" value="更改" onClick={() => setEditing(true)} /> : null}
        <Text className="text-secondary">{settingsText(dues.settings)}</Text>
      </Section>
      <Section title={`本月每人情况（${dues.thisMonth.rows.length}人）`}>
        <Text className="text-secondary">点按姓名查看他的党费，可登记当面交的党费或冲正。</Text>
        <MonthRows month={dues.thisMonth} />
      </Section>
      {editing ? (
        <SettingsSheet
          settings={dues.settings}
          branchId={branchId}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            void Taro.showToast({ title: '党费设置已保存', icon: 'none' })
            void reload()
          }}
        />
      ) : null}
      {sheet}
    </View>
  )
}

/** 党费 of a branch in one call: this month, payments waiting, arrears, the year's amounts. */
export default function BranchDuesPage() {
  // Admins arrive with a branch; a secretary's own branch is the server's default.
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'dues.branch', branchId ? { branchId } : {}))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(dues) => <Page dues={dues} branchId={branchId} reload={screen.reload} replace={screen.replace} />}
      </ScreenView>
    </PageShell>
  )
}
