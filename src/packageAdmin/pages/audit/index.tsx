import type { AuditEntry } from '@core/contract/org'
import { formatChinaDateTime } from '@core/dates'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { AUDIT_GROUPS, AUDIT_KIND_LABELS } from '@core/audit-kinds'
import './index.css'

const ALL = 'all'
const FILTERS: Choice<string>[] = [
  { value: ALL, label: '全部' },
  ...AUDIT_GROUPS.map((g) => ({ value: g.value, label: g.label })),
]

function EntryCard({ entry }: { entry: AuditEntry }) {
  return (
    <Card>
      <View className="audit-entry">
        <Text className="audit-entry__summary">{entry.summary}</Text>
        <Text className="text-secondary">
          {[AUDIT_KIND_LABELS[entry.kind] ?? '其他修改', entry.actorName, formatChinaDateTime(entry.at)].join(' · ')}
        </Text>
        {entry.lines.map((line) => (
          <Text key={line} className="audit-entry__change">
            {line}
          </Text>
        ))}
      </View>
    </Card>
  )
}

type More = { entries: AuditEntry[]; nextBefore: string | null }

/** One filter's log: the newest page on showing, older pages on 加载更多. */
function AuditList({ group }: { group: string | undefined }) {
  const screen = useScreen(() => callCloud('admin', 'audit.list', group ? { group } : {}), {
    isEmpty: (page) => page.entries.length === 0,
  })
  const first = screen.status === 'ready' || screen.status === 'empty' ? screen.data : null
  const [more, setMore] = useState<More | null>(null)
  const [loadingMore, setLoadingMore] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  // A fresh first page (shown again, pulled down) starts the list over.
  useEffect(() => setMore(null), [first])

  const nextBefore = more ? more.nextBefore : (first?.nextBefore ?? null)
  const loadMore = async () => {
    if (nextBefore === null) return
    setLoadingMore(true)
    setProblem(null)
    try {
      const page = await callCloud(
        'admin',
        'audit.list',
        group ? { group, before: nextBefore } : { before: nextBefore },
      )
      setMore((m) => ({ entries: [...(m?.entries ?? []), ...page.entries], nextBefore: page.nextBefore }))
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    } finally {
      setLoadingMore(false)
    }
  }

  return (
    <ScreenView
      screen={screen}
      empty={() => <EmptyState title="没有记录" description="书记和机关党委的每一次修改都会记在这里。" />}
    >
      {(page) => (
        <View className="stack">
          {[...page.entries, ...(more?.entries ?? [])].map((entry) => (
            <EntryCard key={entry.id} entry={entry} />
          ))}
          {problem ? <Notice kind="error">{problem}</Notice> : null}
          {nextBefore !== null ? (
            <Button block loading={loadingMore} onClick={() => void loadMore()}>
              {loadingMore ? '正在加载…' : '加载更多'}
            </Button>
          ) : (
            <Text className="text-secondary">没有更早的记录了。</Text>
          )}
        </View>
      )}
    </ScreenView>
  )
}

/** 审计日志: every officer's change, newest first, filtered by kind. */
export default function AuditPage() {
  const [filter, setFilter] = useState<string>(ALL)
  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">审计日志</Text>
        <Text className="page-subtitle">谁、在什么时候、改了什么。记录不能删除。</Text>
        <ChoiceChips options={FILTERS} value={filter} onChange={setFilter} />
        <AuditList key={filter} group={filter === ALL ? undefined : filter} />
      </View>
    </PageShell>
  )
}
