import { monthDayWords } from '@core/dates'
import Taro, { useRouter } from '@tarojs/taro'
import { LIMITS } from '@core/activity/limits'
import { OFFLINE_MAKEUP_LABEL } from '@core/activity/types'
import { Text, View } from '@tarojs/components'
import { ReflectionForm } from '@/activity/ReflectionForm'
import { EmptyState } from '@/components/EmptyState'
import { MaterialList } from '@/components/MaterialList'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'

/** 代写补学心得: read the materials with the elderly member, write down what they say, send it. */
export default function ProxyMakeupPage() {
  const { e = '', a = '' } = useRouter().params
  const opener = useMaterialOpener()
  const screen = useScreen(() => callCloud('member', 'proxy.activity', { elderId: e, activityId: a }))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => {
          const task = page.makeupTask
          if (!task?.canSubmit) {
            return (
              <EmptyState
                title="这项补学不需要再写心得"
                description={
                  task?.offline
                    ? `本人已于${monthDayWords(task.offline.on)}当面补学，由${task.offline.byName}登记为${OFFLINE_MAKEUP_LABEL}。`
                    : '补学已经确认完成，或这次活动没有补学任务。'
                }
              />
            )
          }
          return (
            <View className="stack">
              <Text className="page-title">代{page.elderName}写补学心得</Text>
              <Text className="page-subtitle">补学：{task.title}</Text>
              <Text className="page-subtitle">和本人一起看材料，把本人说的体会写下来；提交后写明由您代记。</Text>
              <Section title="学习材料">
                <MaterialList materials={task.materials} opener={opener} />
              </Section>
              <ReflectionForm
                label="本人的心得"
                hint={`${LIMITS.reflectionMin}到${LIMITS.reflectionMax}个字`}
                placeholder="如：重温入党誓词，要继续发挥余热"
                submitText="代为提交"
                send={async (reflection) => {
                  await callCloud('member', 'proxy.makeup', { elderId: e, activityId: a, reflection })
                  void Taro.showToast({ title: '已代为提交', icon: 'none' })
                  void Taro.navigateBack()
                }}
              />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
