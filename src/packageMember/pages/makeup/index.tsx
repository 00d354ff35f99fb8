import Taro, { useRouter } from '@tarojs/taro'
import type { MakeupItem, MakeupView } from '@core/contract/activity-views'
import { MAKEUP_STATUS_LABELS, OFFLINE_MAKEUP_LABEL } from '@core/activity/types'
import { LIMITS } from '@core/activity/limits'
import { formatChinaDateTime, monthDayWords } from '@core/dates'
import { takesMinutes } from '@core/minutes/types'
import { Text, View } from '@tarojs/components'
import { ReflectionForm } from '@/activity/ReflectionForm'
import { dayText } from '@/activity/words'
import { Card } from '@/components/Card'
import { EmptyState } from '@/components/EmptyState'
import { EntryRow } from '@/components/EntryRow'
import { MakeupTaskRow } from '@/components/MakeupTaskRow'
import { MaterialList } from '@/components/MaterialList'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { Steps } from '@/components/Steps'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { makeupSteps } from './steps'
import './index.css'

const CAUSE_WORDS = { absent: '您没有参加这次活动', leave: '您请假没有参加这次活动' } as const

const STATE_WORDS: Record<MakeupView['status'], string> = {
  due: '请学习下面的材料，然后写一段学习心得提交给书记。',
  submitted: '心得已提交，等待书记审核。审核前还可以修改后重新提交。',
  returned: '书记退回了您的心得，请看书记的意见，修改后重新提交。',
  done: '书记已确认，这次补学已完成。',
}

function Reviews({ task }: { task: MakeupView }) {
  if (task.reviews.length === 0) return null
  return (
    <Section title="书记的意见">
      {task.reviews.map((review) => (
        <Card key={review.at}>
          <Text className="makeup__review-head">
            {review.decision === 'confirm' ? '✓ 已确认' : '↩ 退回'} · {review.byName} · {formatChinaDateTime(review.at)}
          </Text>
          {review.comment ? <Text className="makeup__review-text">{review.comment}</Text> : null}
        </Card>
      ))}
    </Section>
  )
}

function Reflection({ task, onSaved }: { task: MakeupView; onSaved: (task: MakeupView) => void }) {
  if (!task.canSubmit) {
    // Done in person (线下补学) with no 心得 in the app: nothing of the member's to show here.
    if (!task.reflection) return null
    return (
      <Section title="我的心得">
        <Text className="makeup__reflection">{task.reflection ?? ''}</Text>
      </Section>
    )
  }
  return (
    <Section title="我的心得">
      <ReflectionForm
        label="学习心得"
        hint={`${LIMITS.reflectionMin}到${LIMITS.reflectionMax}个字，写学到了什么、有什么体会`}
        placeholder="写下您的学习心得"
        submitText={task.status === 'due' ? '提交心得' : '重新提交'}
        initial={task.reflection ?? ''}
        problemFirst
        staysOnScreen
        send={async (reflection) => {
          onSaved(await callCloud('member', 'makeup.submit', { activityId: task.activityId, reflection }))
          void Taro.showToast({ title: '已提交，等待书记审核', icon: 'none' })
        }}
      />
    </Section>
  )
}

/** 全部补学 (from 首页, or a link without an activity): open tasks first, then the latest done, in one call. */
function MyMakeupList() {
  const screen = useScreen(() => callCloud('member', 'makeup.mine', {}), {
    isEmpty: (m) => m.open.length === 0 && m.done.length === 0,
  })
  const row = (task: MakeupItem) => <MakeupTaskRow key={task.activityId} task={task} />
  return (
    <PageShell>
      <ScreenView
        screen={screen}
        empty={() => (
          <EmptyState title="您没有补学任务" description="缺席或请假的活动结束后，补学任务会出现在首页和这里。" />
        )}
      >
        {(mine) => (
          <View className="stack">
            <Text className="page-title">我的补学</Text>
            <Section title={mine.open.length > 0 ? `待完成（${mine.open.length}项）` : '待完成'}>
              {mine.open.length > 0 ? mine.open.map(row) : <Text className="text-secondary">没有待完成的补学。</Text>}
            </Section>
            {mine.done.length > 0 ? <Section title="最近完成">{mine.done.map(row)}</Section> : null}
          </View>
        )}
      </ScreenView>
    </PageShell>
  )
}

/** 补学: the activity's materials, my 心得 and the secretary's comments; submit and resubmit. */
export default function MakeupPage() {
  const { a = '' } = useRouter().params
  return a ? <MakeupTask activityId={a} /> : <MyMakeupList />
}

function MakeupTask({ activityId }: { activityId: string }) {
  const opener = useMaterialOpener()
  const screen = useScreen(() => callCloud('member', 'activity.get', { activityId }))
  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(page) => {
          const task = page.makeupTask
          if (!task) {
            return (
              <EmptyState
                title="这次活动没有您的补学任务"
                description="按时签到参加了的活动不需要补学；缺席或请假的活动结束后，补学任务会出现在首页。"
              />
            )
          }
          return (
            <View className="stack">
              <Text className="page-title">补学：{task.title}</Text>
              <Text className="page-subtitle">
                {dayText(task.startAt)} · {CAUSE_WORDS[task.cause]}
              </Text>
              <Card>
                <View className="stack">
                  <Text className="makeup__status">{MAKEUP_STATUS_LABELS[task.status]}</Text>
                  <Text>
                    {task.offline && task.status === 'done'
                      ? `您已于${monthDayWords(task.offline.on)}当面完成补学，由${task.offline.byName}登记为${OFFLINE_MAKEUP_LABEL}。`
                      : STATE_WORDS[task.status]}
                  </Text>
                  <Steps title="补学办理进度" steps={makeupSteps(task)} />
                  {task.proxyName ? <Text>心得由{task.proxyName}代记</Text> : null}
                  {task.offline ? <Text className="text-secondary">补学情况：{task.offline.note}</Text> : null}
                </View>
              </Card>
              <Section title="学习材料">
                <MaterialList materials={task.materials} opener={opener} />
              </Section>
              {takesMinutes(task.type) ? (
                <EntryRow
                  title="查看这次会议的记录"
                  onClick={() =>
                    void Taro.navigateTo({
                      url: `/packageMember/pages/minutes/index?id=${encodeURIComponent(task.activityId)}`,
                    })
                  }
                />
              ) : null}
              <Reviews task={task} />
              <Reflection
                key={`${task.status}-${task.submittedAt ?? 0}`}
                task={task}
                // The answer is the task as it now stands (the screen shows nothing else that changes).
                onSaved={(saved) => screen.replace({ ...page, makeupTask: saved })}
              />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
