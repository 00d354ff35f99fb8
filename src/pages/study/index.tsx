import Taro from '@tarojs/taro'
import type { MyStudyDay, MyStudyMonth, StudyEntry } from '@core/contract/study'
import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { Button } from '@/components/Button'
import { EmptyState } from '@/components/EmptyState'
import { Notice } from '@/components/Notice'
import { PageShell } from '@/components/PageShell'
import { ScreenView } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { StudyCalendar } from '@/components/StudyCalendar'
import { useScreen } from '@/hooks/useScreen'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { dayWithWeekday, monthText, shiftMonth } from '@/study/days'
import { EntryCard } from './EntryCard'
import { MakeupRows } from './MakeupRows'
import { ReadingList } from './ReadingList'
import './index.css'
import { confirmDialog } from '@/services/dialog'

const CHECKIN = '/pages/study-checkin/index'

/** Which month (and day) the person is looking at; empty = this month, today. */
interface Shown {
  month?: string
  day?: string
}

const sameView = (a: Shown, b: Shown) => a.month === b.month && a.day === b.day

/**
 * 学习: my month as a calendar of study days, the chosen day's entries (correct or withdraw
 * today's), my open 补学 tasks and the reading list with what I finished. One call draws it;
 * tapping a day asks for that day only.
 */
export default function StudyPage() {
  const wanted = useRef<Shown>({})
  const [picked, setPicked] = useState<MyStudyDay | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const screen = useScreen(async (): Promise<MyStudyMonth> => {
    // A month or day chosen while a load was under way is fetched before the load ends.
    let view: Shown
    let data: MyStudyMonth
    do {
      view = { ...wanted.current }
      data = await callCloud('member', 'study.month', view)
    } while (!sameView(view, wanted.current))
    setPicked(null)
    return data
  })

  const showMonth = (month: string) => {
    wanted.current = { month }
    setPicked(null)
    setProblem(null)
    void screen.reload()
  }

  const pickDay = async (month: string, day: string) => {
    wanted.current = { month, day }
    setProblem(null)
    try {
      setPicked(await callCloud('member', 'study.day', { day }))
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
    }
  }

  const withdraw = async (entry: StudyEntry) => {
    const confirm = await confirmDialog({
      title: '撤回这条记录',
      content: `撤回后，“${entry.title}”不再出现在您的学习记录里。`,
      confirmText: '撤回',
      cancelText: '不撤回',
    })
    if (!confirm) return
    setBusyId(entry.id)
    setProblem(null)
    try {
      // The answer is the month as it now reads, on the entry's day.
      const data = await callCloud('member', 'study.withdraw', { entryId: entry.id })
      wanted.current = { month: data.month, ...(data.day ? { day: data.day } : {}) }
      setPicked(null)
      screen.replace(data)
      void Taro.showToast({ title: '已撤回', icon: 'none' })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
      void screen.reload()
    } finally {
      setBusyId(null)
    }
  }

  const record = (query = '') => void Taro.navigateTo({ url: `${CHECKIN}${query}` })

  return (
    <PageShell>
      <ScreenView screen={screen} boundShows="您每天的学习记录、书目和补学任务">
        {(data) => {
          const day = picked && picked.day.startsWith(data.month) ? picked.day : data.day
          const entries = picked && picked.day === day ? picked.entries : data.entries
          const thisMonth = data.today.slice(0, 7)
          const recordable = day !== null && data.recordableDays.includes(day)
          return (
            <View className="stack">
              <Text className="page-title">学习</Text>
              <View className="study-page__record">
                <Button kind="primary" block onClick={() => record()}>
                  记录学习
                </Button>
              </View>

              <Section title="我的学习日历">
                <Text className="study-page__month-name">{monthText(data.month)}</Text>
                <View className="row">
                  <Button block onClick={() => showMonth(shiftMonth(data.month, -1))}>
                    ‹ 上个月
                  </Button>
                  {data.month < thisMonth ? (
                    <Button block onClick={() => showMonth(shiftMonth(data.month, 1))}>
                      下个月 ›
                    </Button>
                  ) : null}
                </View>
                <StudyCalendar
                  month={data.month}
                  today={data.today}
                  studyDays={data.studyDays}
                  selected={day}
                  onPick={(chosen) => void pickDay(data.month, chosen)}
                />
              </Section>

              <Section title={day ? `${dayWithWeekday(day)}的学习` : '某一天的学习'}>
                {problem ? <Notice kind="error">{problem}</Notice> : null}
                {day === null ? (
                  <Text className="text-secondary">点日历上的日子，查看那一天的学习记录。</Text>
                ) : entries.length === 0 ? (
                  <EmptyState
                    title="这一天没有学习记录"
                    description={recordable ? undefined : '只能记录今天和前3天的学习。'}
                    action={
                      recordable ? (
                        <Button onClick={() => record(`?day=${day}`)}>
                          {day === data.today ? '记录今天的学习' : '补记这一天的学习'}
                        </Button>
                      ) : undefined
                    }
                  />
                ) : (
                  entries.map((entry) => (
                    <EntryCard
                      key={entry.id}
                      entry={entry}
                      busy={busyId === entry.id}
                      onCorrect={(target) => record(`?entry=${target.id}&day=${target.day}`)}
                      onWithdraw={(target) => void withdraw(target)}
                    />
                  ))
                )}
              </Section>

              <MakeupRows open={data.makeup} />

              <ReadingList items={data.items} onRecord={(item) => record(`?item=${item.id}`)} />
            </View>
          )
        }}
      </ScreenView>
    </PageShell>
  )
}
