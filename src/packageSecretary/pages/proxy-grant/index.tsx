import Taro, { useRouter } from '@tarojs/taro'
import type { BranchProxyLinks, ProxyRelation } from '@core/contract/proxy'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { ChoiceChips, type Choice } from '@/components/ChoiceChips'
import { Field } from '@/components/Field'
import { OutcomeNotice } from '@/components/FormSheet'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { TextBox } from '@/components/TextBox'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useScreen } from '@/hooks/useScreen'
import { useSubmit } from '@/hooks/useSubmit'
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

interface GrantDraft {
  elderId: string | null
  relation: ProxyRelation | null
  proxyId: string | null
  note: string
  reason: string
}

/** One link: whose records, who records them, why. Every field in plain words; one tap to grant. */
function GrantForm({ data }: { data: BranchProxyLinks }) {
  const submit = useSubmit()
  const { busy, errors: fields } = submit
  const { draft, setDraft, set, field } = useDraft<GrantDraft>(
    { elderId: null, relation: null, proxyId: null, note: '', reason: '' },
    fields,
  )
  const { elderId, relation, proxyId, note, reason } = draft
  const setElderId = (id: string | null) =>
    setDraft((d) => ({ ...d, elderId: id, proxyId: id === d.proxyId ? null : d.proxyId }))
  // The member themself need not use WeChat; the one who records for them must.
  const people = data.members.map((m) => ({ value: m.id, label: m.name }))
  const chooseRelation = (next: ProxyRelation) => setDraft((d) => ({ ...d, relation: next, proxyId: null }))
  const proxies = data.members
    .filter((m) => m.id !== elderId && (relation !== 'committee' || OFFICER_ROLES.has(m.role)))
    .map((m) => ({ value: m.id, label: m.bound ? m.name : `${m.name}（未绑定微信）` }))

  const grant = async () => {
    if (!elderId || !relation || !proxyId || reason.trim().length < 2) {
      submit.say('请选好本人、关系和代记人，并写明原因', {
        ...(elderId ? {} : { elderId: '请选择需要代记的党员' }),
        ...(relation ? {} : { relation: '请选择关系' }),
        ...(proxyId ? {} : { proxyId: '请选择代记人' }),
        ...(reason.trim().length >= 2 ? {} : { reason: '请写明原因（至少2个字）' }),
      })
      return
    }
    await submit.run(async () => {
      await callCloud('secretary', 'proxy.grant', {
        elderId,
        proxyId,
        relation,
        note: note.trim(),
        reason: reason.trim(),
      })
      void Taro.showToast({ title: '已授权', icon: 'none' })
      void Taro.navigateBack()
    })
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
          <PickOne options={proxies} value={proxyId} onChange={(id) => set('proxyId', id)} />
        </Field>
      ) : null}
      <TextField
        label="关系说明（可不填）"
        hint="如：女儿、组织委员"
        {...field('note')}
        maxlength={PROXY_LIMITS.note}
        placeholder="如：女儿"
      />
      <Field label="原因" error={fields.reason}>
        <TextBox
          name="reason"
          value={reason}
          onChange={(text) => set('reason', text)}
          max={LIMITS.reason}
          lines={3}
          placeholder="如：本人年过八旬、视力不好，提出请女儿代记"
        />
      </Field>
      <OutcomeNotice form={submit} />
      <Button kind="primary" block loading={busy} onClick={() => void grant()}>
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
