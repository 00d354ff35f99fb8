import Taro, { useRouter } from '@tarojs/taro'
import type { BranchProxyLinks, ProxyRelation } from '@core/contract/proxy'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { Field, fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { RELATION_LABELS } from '@/proxy/words'
import '@/proxy/proxy.css'
import { PROXY_LIMITS } from '@core/contract/proxy-limits'
import { LIMITS } from '@core/activity/limits'

const RELATIONS = (Object.keys(RELATION_LABELS) as ProxyRelation[]).map((value) => ({
  value,
  label: RELATION_LABELS[value],
}))
const OFFICER_ROLES = new Set(['secretary', 'committee'])

/** A list to choose one from; once chosen, just the choice and a way to change it (a shorter screen). */
function PickOne({
  options,
  value,
  onChange,
}: {
  options: Choice<string>[]
  value: string | null
  onChange: (v: string | null) => void
}) {
  const chosen = options.find((o) => o.value === value)
  if (!chosen) return <ChoiceChips column options={options} value={null} onChange={onChange} />
  return (
    <View className="row">
      <Text className="proxy-card__title">✓ {chosen.label}</Text>
      <Button onClick={() => onChange(null)}>换一位</Button>
    </View>
  )
}

interface Problem {
  message: string
  fields: Record<string, string>
}

/** One link: whose records, who records them, why. Every field in plain words; one tap to grant. */
function GrantForm({ data }: { data: BranchProxyLinks }) {
  const [elderId, chooseElder] = useState<string | null>(null)
  const setElderId = (id: string | null) => {
    chooseElder(id)
    if (id === proxyId) setProxyId(null)
  }
  const [relation, setRelation] = useState<ProxyRelation | null>(null)
  const [proxyId, setProxyId] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const fields = problem?.fields ?? {}
  // The member themself need not use WeChat; the one who records for them must.
  const people = data.members.map((m) => ({ value: m.id, label: m.name }))
  const chooseRelation = (next: ProxyRelation) => {
    setRelation(next)
    setProxyId(null)
  }
  const proxies = data.members
    .filter((m) => m.id !== elderId && (relation !== 'committee' || OFFICER_ROLES.has(m.role)))
    .map((m) => ({ value: m.id, label: m.bound ? m.name : `${m.name}（未绑定微信）` }))

  const submit = async () => {
    if (!elderId || !relation || !proxyId || reason.trim().length < 2) {
      setProblem({
        message: '请选好本人、关系和代记人，并写明原因',
        fields: {
          ...(elderId ? {} : { elderId: '请选择需要代记的党员' }),
          ...(relation ? {} : { relation: '请选择关系' }),
          ...(proxyId ? {} : { proxyId: '请选择代记人' }),
          ...(reason.trim().length >= 2 ? {} : { reason: '请写明原因（至少2个字）' }),
        },
      })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('secretary', 'proxy.grant', {
        elderId,
        proxyId,
        relation,
        note: note.trim(),
        reason: reason.trim(),
      })
      void Taro.showToast({ title: '已授权', icon: 'none' })
      void Taro.navigateBack()
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem({ message: error.message, fields: fieldErrors(error.fields) })
      setBusy(false)
    }
  }

  return (
    <View className="stack">
      <Text className="page-title">新增代记授权</Text>
      <Text className="page-subtitle">须由本人提出。授权后，代记人可以为本人签到、记录学习、写补学心得。</Text>
      <Field label="需要代记的党员（本人）" error={fields.elderId}>
        <PickOne options={people} value={elderId} onChange={setElderId} />
      </Field>
      {elderId ? (
        <Field label="代记人与本人的关系" hint="家属须是本支部党员；支委须是本支部书记或支委" error={fields.relation}>
          <ChoiceChips options={RELATIONS} value={relation} onChange={chooseRelation} />
        </Field>
      ) : null}
      {elderId && relation ? (
        <Field label="代记人" error={fields.proxyId}>
          <PickOne options={proxies} value={proxyId} onChange={setProxyId} />
        </Field>
      ) : null}
      <TextField
        label="关系说明（可不填）"
        hint="如：女儿、组织委员"
        error={fields.note}
        name="note"
        value={note}
        maxlength={PROXY_LIMITS.note}
        placeholder="如：女儿"
        onChange={setNote}
      />
      <Field label="原因" error={fields.reason}>
        <TextBox
          name="reason"
          value={reason}
          onChange={setReason}
          max={LIMITS.reason}
          lines={3}
          placeholder="如：本人年过八旬、视力不好，提出请女儿代记"
        />
      </Field>
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <Button kind="primary" block loading={busy} onClick={() => void submit()}>
        授权
      </Button>
      <Button block disabled={busy} onClick={() => void Taro.navigateBack()}>
        返回
      </Button>
    </View>
  )
}

export default function ProxyGrantPage() {
  const { branchId } = useRouter().params
  const screen = useScreen(() => callCloud('secretary', 'proxy.links', branchId ? { branchId } : {}))
  return (
    <PageShell>
      <ScreenView screen={screen}>{(data) => <GrantForm data={data} />}</ScreenView>
    </PageShell>
  )
}
