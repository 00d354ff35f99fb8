import Taro, { useRouter } from '@tarojs/taro'
import type { MyStudyMonth, StudyEntry } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { CheckinForm } from './CheckinForm'

const STUDY_TAB = '/pages/study/index'
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Back to 学习 (which reloads on show); a form opened from a link goes to the tab itself. */
function leave() {
  Taro.navigateBack().catch(() => Taro.switchTab({ url: STUDY_TAB }))
}

/**
 * 记录学习: one check-in per visit (`?day=` and `?item=` preselect), or the correction of one of
 * today's entries (`?entry=&day=`). The reading list and the days on offer come in one call.
 */
export default function StudyCheckinPage() {
  const params = useRouter().params
  const day = params.day && DAY.test(params.day) ? params.day : undefined
  const entryId = params.entry
  const screen = useScreen((): Promise<MyStudyMonth> =>
    entryId && day
      ? callCloud('member', 'study.month', { month: day.slice(0, 7), day })
      : callCloud('member', 'study.month', {}),
  )
  const done = (message: string) => {
    void Taro.showToast({ title: message, icon: 'none' })
    leave()
  }

  return (
    <PageShell>
      <ScreenView screen={screen}>
        {(data) => {
          const entry: StudyEntry | undefined = entryId ? data.entries.find((e) => e.id === entryId) : undefined
          if (entryId && !entry?.editable) {
            return (
              <EmptyState
                title="这条记录不能再修改了"
                description="学习记录只能在记录的当天修改或撤回。"
                action={<Button onClick={leave}>回到学习</Button>}
              />
            )
          }
          return (
            <View className="stack">
              <Text className="page-title">{entry ? '修改学习记录' : '记录学习'}</Text>
              <CheckinForm
                data={data}
                entry={entry}
                day={day}
                itemId={params.item}
                onStale={() => void screen.reload()}
                onDone={done}
                onLeave={leave}
              />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
