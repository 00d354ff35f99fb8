import Taro, { useRouter } from '@tarojs/taro'
import { LIMITS } from '@core/activity/limits'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { Field, fieldErrors } from '@/components/Field'
import { MaterialList } from '@/components/MaterialList'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { TextBox } from '@/components/TextBox'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/services/cloud-error'
import { callCloud } from '@/services/cloud'

/** 代写补学心得: read the materials with the elderly member, write down what they say, send it. */
export default function ProxyMakeupPage() {
  const { e = '', a = '' } = useRouter().params
  const screen = useScreen(() => callCloud('member', 'proxy.activity', { elderId: e, activityId: a }))
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; field?: string } | null>(null)

  const submit = async () => {
    const reflection = text.trim()
    if (reflection.length < LIMITS.reflectionMin) {
      setProblem({ message: '心得写得太短了', field: `心得至少要${LIMITS.reflectionMin}个字` })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await callCloud('member', 'proxy.makeup', { elderId: e, activityId: a, reflection })
      void Taro.showToast({ title: '已代为提交', icon: 'none' })
      void Taro.navigateBack()
    } catch (thrown) {
      const error = asCloudError(thrown)
      setProblem({ message: error.message, field: fieldErrors(error.fields).reflection })
      setBusy(false)
    }
  }

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => {
          const task = page.makeupTask
          if (!task?.canSubmit) {
            return (
              <EmptyState title="这项补学不需要再写心得" description="补学已经确认完成，或这次活动没有补学任务。" />
            )
          }
          return (
            <View className="stack">
              <Text className="page-title">代{page.elderName}写补学心得</Text>
              <Text className="page-subtitle">补学：{task.title}</Text>
              <Text className="page-subtitle">和本人一起看材料，把本人说的体会写下来；提交后写明由您代记。</Text>
              <Section title="学习材料">
                <MaterialList materials={task.materials} />
              </Section>
              <Field
                label="本人的心得"
                hint={`${LIMITS.reflectionMin}到${LIMITS.reflectionMax}个字`}
                error={problem?.field}
              >
                <TextBox
                  name="reflection"
                  value={text}
                  onChange={setText}
                  min={LIMITS.reflectionMin}
                  max={LIMITS.reflectionMax}
                  lines={6}
                  placeholder="如：重温入党誓词，要继续发挥余热"
                />
              </Field>
              {problem ? <Notice kind="error">{problem.message}</Notice> : null}
              <Button kind="primary" block loading={busy} onClick={() => void submit()}>
                代为提交
              </Button>
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
