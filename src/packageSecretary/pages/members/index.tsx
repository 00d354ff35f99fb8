import Taro, { useRouter } from '@tarojs/taro'
import type { MemberRow } from '@core/contract/org'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useScreen } from '@/hooks/useScreen'
import { countBound } from '@/officer/labels'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { CodeReveal, type IssuedCode } from './CodeReveal'
import { MemberCard } from './MemberCard'
import { RevokeSheet } from './RevokeSheet'
import './index.css'
import { confirmDialog } from '@/services/dialog'

/** 成员: who has bound and who has not; binding codes handed out here, one member at a time. */
export default function MembersPage() {
  // Admins arrive with a branch; a secretary's own branch is the server's default.
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'members.list', branchId ? { branchId } : {}))
  const [issued, setIssued] = useState<IssuedCode | null>(null)
  const [revoking, setRevoking] = useState<MemberRow | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ memberId: string; message: string } | null>(null)
  const [query, setQuery] = useState('')

  const issue = async (row: MemberRow) => {
    if (row.code.state === 'active') {
      const confirm = await confirmDialog({
        title: '重新生成绑定码',
        content: `${row.name}已有一个有效的绑定码。重新生成后，原来的绑定码立即作废。`,
        confirmText: '重新生成',
        cancelText: '取消',
      })
      if (!confirm) return
    }
    setBusyId(row.id)
    setProblem(null)
    try {
      const { code, expiresAt, roster } = await callCloud('secretary', 'binding.issue', { memberId: row.id })
      setIssued({ name: row.name, code, expiresAt })
      screen.replace(roster)
    } catch (thrown) {
      setProblem({ memberId: row.id, message: asCloudError(thrown).message })
    } finally {
      setBusyId(null)
    }
  }

  const card = (row: MemberRow) => (
    <MemberCard
      key={row.id}
      row={row}
      busy={busyId === row.id}
      problem={problem?.memberId === row.id ? problem.message : undefined}
      onIssue={(target) => void issue(target)}
      onRevoke={(target) => {
        setProblem(null)
        setRevoking(target)
      }}
    />
  )

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {({ branch, members }) => {
          const { bound, unbound } = countBound(members)
          const wanted = query.trim()
          const shown = wanted ? members.filter((row) => row.name.includes(wanted)) : members
          const waiting = shown.filter((row) => !row.bound)
          const done = shown.filter((row) => row.bound)
          return (
            <View className="stack">
              <Text className="page-title">成员</Text>
              <Text className="page-subtitle">
                {branch.name}：共{members.length}人，已绑定{bound}人，未绑定{unbound}人
              </Text>
              {members.length === 0 ? (
                <EmptyState title="名册中还没有党员" description="机关党委导入名册后，本支部的党员会出现在这里。" />
              ) : (
                <Input
                  className="ui-input members__search"
                  type="text"
                  value={query}
                  placeholder="输入姓名查找"
                  onInput={(e) => setQuery(e.detail.value)}
                />
              )}
              {wanted && shown.length === 0 ? <Text className="text-secondary">没有姓名含“{wanted}”的党员</Text> : null}
              {waiting.length > 0 ? (
                <Section title={`未绑定（${waiting.length}人）`}>{waiting.map(card)}</Section>
              ) : null}
              {done.length > 0 ? <Section title={`已绑定（${done.length}人）`}>{done.map(card)}</Section> : null}
            </View>
          )
        }}
      </ScreenView>
      {issued ? <CodeReveal issued={issued} onClose={() => setIssued(null)} /> : null}
      {revoking ? (
        <RevokeSheet
          row={revoking}
          onCancel={() => setRevoking(null)}
          onDone={(roster) => {
            setRevoking(null)
            void Taro.showToast({ title: `已解除${revoking.name}的绑定`, icon: 'none' })
            screen.replace(roster)
          }}
        />
      ) : null}
    </PageShell>
  )
}
