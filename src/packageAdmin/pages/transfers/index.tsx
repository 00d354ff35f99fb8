import { dayWords } from '@core/dates'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { TransferOffice, TransferView } from '@core/contract/transfer'
import { TRANSFER_LIMITS } from '@core/contract/transfer'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { FormSheet } from '@/components/FormSheet'
import { Notice } from '@/components/Notice'
import { ScreenPage } from '@/components/ScreenPage'
import { Section } from '@/components/Section'
import { SwitchRow } from '@/components/SwitchRow'
import { TextField } from '@/components/TextField'
import { useScreen, type Screen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
import { callCloud } from '@/services/cloud'
import { MonthFolds } from '@/fold/MonthFold'
import { transferChip, useTransferForm, type SheetProps } from '@/officer/transfer-form'
import { closedOn, newestClosedFirst, stateCounts } from '@/fold/transfers'
import { openExport } from '../../services/open-export'
import './index.css'

type Props = SheetProps<TransferOffice, TransferOffice>

/** 开具介绍信: its number and how many days it holds; 党费交至 comes from the ledger. */
function IssueSheet({ page: office, transfer, onDone, onCancel }: Props & { transfer: TransferView }) {
  const { field, sheet } = useTransferForm({
    initial: { letterNo: '', validDays: String(office.settings.validityDefaultDays) },
    check: (d) => {
      const days = Number(d.validDays)
      return Number.isInteger(days) && days >= 1 ? null : '请填写有效期天数'
    },
    send: (d) =>
      callCloud('admin', 'transfer.issue', {
        transferId: transfer.id,
        letterNo: d.letterNo.trim(),
        validDays: Number(d.validDays),
      }),
    onDone,
    onCancel,
  })
  return (
    <FormSheet
      title={`开具${transfer.memberName}的介绍信`}
      intro={`转往${transfer.destination}。党费交至由系统按党费台账填写；有效期最长${TRANSFER_LIMITS.validityMaxDays}天。`}
      submitText="开具介绍信"
      {...sheet}
    >
      <TextField
        label="介绍信编号"
        {...field('letterNo')}
        maxlength={TRANSFER_LIMITS.letterNo}
        placeholder="如：机党转〔2026〕12号"
      />
      <TextField label="有效期（天）" type="number" {...field('validDays')} />
    </FormSheet>
  )
}

/** Which fields 党内统计 counts, each a switch in 设置. */
const STATS_SWITCHES = [
  ['sex', '统计性别'],
  ['education', '统计学历'],
] as const

/** 设置: the letters' default validity; which fields 党内统计 counts. */
function SettingsSheet({ page: office, onDone, onCancel }: Props) {
  const { draft, set, submit, sheet } = useTransferForm({
    initial: {
      validDays: String(office.settings.validityDefaultDays),
      sex: office.settings.statsFields.sex,
      education: office.settings.statsFields.education,
    },
    send: (d) =>
      callCloud('admin', 'transfer.setting', {
        validityDefaultDays: Number(d.validDays),
        statsFields: { sex: d.sex, education: d.education },
      }),
    onDone,
    onCancel,
  })
  return (
    <FormSheet
      title="设置"
      intro="介绍信的默认有效期；党内统计是否统计性别、学历（只从名册导入中读取）。"
      submitText="保存"
      {...sheet}
    >
      <TextField
        label="介绍信默认有效期（天）"
        name="validityDefaultDays"
        type="number"
        error={submit.errors.validityDefaultDays}
        value={draft.validDays}
        onChange={(t) => set('validDays', t)}
      />
      {STATS_SWITCHES.map(([key, label]) => (
        <SwitchRow
          key={key}
          className="setting-switch"
          label={label}
          offWords="已关闭，点此开启"
          on={draft[key]}
          onChange={(on) => set(key, on)}
        />
      ))}
    </FormSheet>
  )
}

function Row({ t, onIssue }: { t: TransferView; onIssue?: () => void }) {
  return (
    <View className="office-row">
      <View className="spread-row">
        <Text className="office-row__name">
          {t.memberName}（{t.branchName}）
        </Text>
        <Text className={transferChip(t)}>{t.stateLabel}</Text>
      </View>
      <Text>转往：{t.destination}</Text>
      <Text className="text-secondary">原因：{t.reason}</Text>
      {t.letter ? (
        <Text>
          {t.letter.letterNo}，党费交至{t.letter.duesWords}
          {t.state === 'issued' ? `，${t.letter.validityWords}` : ''}
        </Text>
      ) : (
        <Text className="text-secondary">
          {dayWords(t.requestedOn)}由{t.requestedByName}提请
        </Text>
      )}
      {t.receipt ? <Text>回执：{dayWords(t.receipt.receivedOn)}收到</Text> : null}
      <View className="office-row__actions">
        {onIssue ? (
          <Button kind="primary" onClick={onIssue}>
            开具介绍信
          </Button>
        ) : null}
        {t.letter ? (
          <Button onClick={() => void Taro.navigateTo({ url: `/packageSecretary/pages/letter/index?id=${t.id}` })}>
            打印介绍信
          </Button>
        ) : null}
      </View>
    </View>
  )
}

function Body({ office, screen }: { office: TransferOffice; screen: Screen<TransferOffice> }) {
  const [issuing, setIssuing] = useState<TransferView | null>(null)
  const [settings, setSettings] = useState(false)
  const tap = useSubmit({ staysOnScreen: true })
  const done = (next: TransferOffice) => {
    screen.replace(next)
    setIssuing(null)
    setSettings(false)
  }
  const exportRows = () => void tap.run(async () => openExport(await callCloud('admin', 'transfer.export', {})))
  return (
    <View className="stack">
      {tap.outcome ? <Notice kind="error">{tap.outcome.message}</Notice> : null}
      <Section title={`待开具（${office.waiting.length}）`}>
        {office.waiting.length === 0 ? (
          <EmptyState title="没有待开具的介绍信" description="支部书记提请转出后，会出现在这里。" />
        ) : (
          office.waiting.map((t) => <Row key={t.id} t={t} onIssue={() => setIssuing(t)} />)
        )}
      </Section>
      <Section title={`已开具，待回执（${office.issued.length}）`}>
        {office.issued.length === 0 ? (
          <EmptyState title="没有等待回执的介绍信" description="回执寄回后，由支部书记登记。" />
        ) : (
          office.issued.map((t) => <Row key={t.id} t={t} />)
        )}
      </Section>
      {office.done.length > 0 ? (
        <Section title={`已办结（${office.done.length}）`}>
          <MonthFolds
            items={newestClosedFirst(office.done)}
            monthOf={(t) => closedOn(t).slice(0, 7)}
            current={office.today.slice(0, 7)}
            summary={stateCounts}
            row={(t) => <Row key={t.id} t={t} />}
          />
        </Section>
      ) : null}
      <Card>
        <Text>介绍信默认有效期{office.settings.validityDefaultDays}天</Text>
        <Button onClick={() => setSettings(true)}>设置</Button>
        <Button loading={tap.busy} onClick={exportRows}>
          导出介绍信登记表（Excel）
        </Button>
        <Button onClick={() => void Taro.navigateTo({ url: '/packageAdmin/pages/stats/index' })}>党内统计</Button>
      </Card>
      {issuing ? <IssueSheet page={office} transfer={issuing} onDone={done} onCancel={() => setIssuing(null)} /> : null}
      {settings ? <SettingsSheet page={office} onDone={done} onCancel={() => setSettings(false)} /> : null}
    </View>
  )
}

/** 组织关系转出 for the office: issue the letters, follow the 回执, export the rows. */
export default function TransfersScreen() {
  const screen = useScreen(() => callCloud('admin', 'transfer.office', {}))
  return (
    <ScreenPage
      screen={screen}
      title={() => '组织关系转出'}
      subtitle={(o) => `待开具${o.waiting.length}份，待回执${o.issued.length}份`}
    >
      {(office) => <Body office={office} screen={screen} />}
    </ScreenPage>
  )
}
