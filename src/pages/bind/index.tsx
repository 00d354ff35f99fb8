import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { Field, fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import './index.css'
import { ORG_LIMITS } from '@core/contract/org-limits'

const HOME = '/pages/home/index'

interface Problem {
  message: string
  fields: Record<string, string>
  alreadyBound: boolean
}

/** Strangers land here: name and the 6-digit code from their secretary, then 首页. */
export default function BindPage() {
  const [name, setName] = useState('')
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)

  const submit = async () => {
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('member', 'binding.bind', { name: name.trim(), code })
      // 首页 asks who this is again on showing, so it greets the person just bound.
      await Taro.switchTab({ url: HOME })
    } catch (thrown) {
      const error = asCloudError(thrown)
      const fields = fieldErrors(error.fields)
      setProblem({
        message: Object.keys(fields).length > 0 ? '请按下面的提示修改后再绑定' : error.message,
        fields,
        alreadyBound: error.code === 'BINDING.ALREADY_BOUND',
      })
      setBusy(false)
    }
  }

  return (
    <PageShell>
      <View className="stack">
        <Text className="page-title">党建助手</Text>
        <Text className="page-subtitle">本单位党员参加支部活动、学习打卡、查看党费和通知的小程序。</Text>
        <Card>
          <Text className="bind__lead">第一次使用，需要绑定您的党员身份。</Text>
          <Text className="bind__lead">请向支部书记当面索取6位数字的绑定码，7天内有效。</Text>
        </Card>
        {problem ? <Notice kind="error">{problem.message}</Notice> : null}
        {problem?.alreadyBound ? (
          <Button kind="primary" block onClick={() => void Taro.switchTab({ url: HOME })}>
            去首页
          </Button>
        ) : null}
        <Field label="姓名" error={problem?.fields.name}>
          <Input
            className="ui-input bind__input"
            name="name"
            value={name}
            maxlength={ORG_LIMITS.personName}
            placeholder="与党员名册上的姓名一致"
            onInput={(event) => setName(event.detail.value)}
          />
        </Field>
        <Field label="绑定码（6位数字）" error={problem?.fields.code}>
          <Input
            className="ui-input bind__input bind__input--code"
            name="code"
            type="number"
            value={code}
            maxlength={ORG_LIMITS.bindingCode}
            placeholder="支部书记给您的6位数字"
            onInput={(event) => setCode(event.detail.value.replace(/\D/g, '').slice(0, 6))}
          />
        </Field>
        <Button kind="primary" block loading={busy} onClick={() => void submit()}>
          {busy ? '正在绑定…' : '绑定'}
        </Button>
        <ElderSwitch />
        <Button onClick={() => void Taro.navigateTo({ url: '/packageMember/pages/privacy/index' })}>隐私说明</Button>
      </View>
    </PageShell>
  )
}
