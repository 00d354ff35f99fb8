import type { ExportFile, ExportLink } from '@core/contract/attendance'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { openExport } from '../../services/open-export'
import '../../attendance/index.css'

const sizeWords = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`

function fileWords(f: ExportFile): string {
  return `${f.byName} 于 ${formatChinaDateTime(f.createdAt)} 导出，${sizeWords(f.sizeBytes)}`
}

/** 导出: a branch's year as the 支部工作手册 ledger, or the bureau's summary, in Excel. */
export default function ExportPage() {
  const screen = useScreen(() => callCloud('admin', 'attendance.exports', {}))
  const [year, setYear] = useState<number | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [made, setMade] = useState<ExportLink | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async (key: string, make: () => Promise<ExportLink>) => {
    setBusy(key)
    setError(null)
    try {
      const link = await make()
      setMade(link)
      await openExport(link)
      void screen.reload()
    } catch (thrown) {
      setError(asCloudError(thrown).message)
    } finally {
      setBusy(null)
    }
  }
  const reopen = (f: ExportFile) => run(f.id, () => callCloud('secretary', 'attendance.exportLink', { exportId: f.id }))

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => {
          const chosen = year ?? page.years[0]
          return (
            <View className="stack">
              <Text className="page-title">导出台账</Text>
              <Text className="page-subtitle">
                生成 Excel 文件，可打开、转发或打印，供检查使用。导出会记入审计日志。
              </Text>
              <ChoiceChips
                options={page.years.map((y) => ({ value: String(y), label: `${y}年` }))}
                value={String(chosen)}
                onChange={(value) => setYear(Number(value))}
              />
              {error ? <Notice kind="error">{error}</Notice> : null}
              {made ? (
                <Card>
                  <View className="att-figures">
                    <Text className="att-person__name">已生成：{made.fileName}</Text>
                    <Text className="text-secondary">{fileWords(made)}</Text>
                    <Button
                      block
                      onClick={() =>
                        void run(made.id, () => callCloud('secretary', 'attendance.exportLink', { exportId: made.id }))
                      }
                    >
                      再次打开
                    </Button>
                  </View>
                </Card>
              ) : null}
              <Section title={`${chosen}年全机关`}>
                <Button
                  kind="primary"
                  block
                  loading={busy === 'bureau'}
                  disabled={busy !== null}
                  onClick={() =>
                    void run('bureau', () => callCloud('admin', 'attendance.exportBureau', { year: chosen }))
                  }
                >
                  导出全机关出勤汇总
                </Button>
              </Section>
              <Section title={`${chosen}年支部工作手册（各支部）`}>
                <Text className="text-secondary">
                  三会一课和其他活动（出席、请假、缺席人员及事由）、补学、党费、制度落实，各占一张表。
                </Text>
                {page.branches.map((b) => (
                  <Button
                    key={b.branchId}
                    block
                    loading={busy === b.branchId}
                    disabled={busy !== null}
                    onClick={() =>
                      void run(b.branchId, () =>
                        callCloud('secretary', 'attendance.exportBranch', { branchId: b.branchId, year: chosen }),
                      )
                    }
                  >
                    {`导出 ${b.name}`}
                  </Button>
                ))}
              </Section>
              <Section title="最近导出的文件">
                {page.recent.length === 0 ? <EmptyState title="还没有导出过文件" /> : null}
                {page.recent.map((f) => (
                  <Card key={f.id} onClick={busy === null ? () => void reopen(f) : undefined}>
                    <View className="att-figures">
                      <Text className="att-person__name">{f.fileName} ›</Text>
                      <Text className="text-secondary">{fileWords(f)}</Text>
                    </View>
                  </Card>
                ))}
              </Section>
              <Text className="text-secondary">文件链接两小时内有效；过期后在这里点按文件即可重新打开。</Text>
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
