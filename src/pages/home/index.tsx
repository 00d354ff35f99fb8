import Taro from '@tarojs/taro'
import type { Session } from '@core/contract'
import type { MemberHome } from '@core/contract/home'
import { Text, View } from '@tarojs/components'
import { ActivityCard } from '@/components/ActivityCard'
import { BindPrompt } from '@/components/BindPrompt'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { EmptyState } from '@/components/EmptyState'
import { ScreenPage } from '@/components/ScreenPage'
import { BIND_URL } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { setDisplayPrefs, useDisplay } from '@/display/prefs'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { appNow } from '@/services/clock'
import { needsBinding, ROLE_LABELS } from '@/services/session'
import { OfficeMonth } from './OfficeMonth'
import { OfficerTodo } from './OfficerTodo'
import { TodoList } from './TodoList'
import { chinaParts } from '@core/dates'
import { useState } from 'react'
import './index.css'

const open = (url: string) => () => void Taro.navigateTo({ url })

/**
 * Everything 首页 shows in one call; a stranger is offered 绑定 here, the tab bar staying. An
 * officer's work comes first: the office's month, or a 书记's 支部待办, then their own items.
 */
const loadHome = (): Promise<MemberHome> => callCloud('member', 'home.get', {})

/** The party-red header: who this is, their branch, and today (China). */
function Greeting({ session }: { session: Session }) {
  const { member, role } = session
  return (
    <View className="home-header">
      <Text className="home-header__hello">{member ? `${member.name}，您好` : '您好'}</Text>
      <Text className="home-header__sub">{member ? member.branchName : role ? ROLE_LABELS[role] : '党建助手'}</Text>
      <Text className="home-header__sub">{todayText()}</Text>
    </View>
  )
}

/** `12月2日 星期三` on the cloud's clock (the app's), in China. */
function todayText(): string {
  const today = chinaParts(appNow())
  return `${today.month}月${today.day}日 星期${'日一二三四五六'[today.weekday]}`
}

/** Offered once, at first launch, until the person answers or uses the switch. */
function ElderOffer() {
  const { prefs } = useDisplay()
  if (prefs.decided) return null
  return (
    <Card>
      <Text className="page-subtitle">字太小看不清？可以打开长辈版，字和按钮都会变大。</Text>
      <View className="row row--spaced">
        <Button kind="primary" block onClick={() => setDisplayPrefs({ elder: true })}>
          打开长辈版
        </Button>
        <Button block onClick={() => setDisplayPrefs({ elder: false })}>
          不用了
        </Button>
      </View>
    </Card>
  )
}

/** For a week after binding, until 知道了: what the app does for a member and where to start. */
function Welcome({ id }: { id: string }) {
  const key = `welcomed-${id}`
  const [shown, setShown] = useState(() => !Taro.getStorageSync(key))
  if (!shown) return null
  return (
    <Card>
      <Text className="page-subtitle">
        绑定成功，欢迎您！在这里看支部活动、请假和签到，记录学习，查党费，收支部通知。先看下面的“下次活动”和“待办”。
      </Text>
      <Button
        block
        onClick={() => {
          Taro.setStorageSync(key, 1)
          setShown(false)
        }}
      >
        知道了
      </Button>
    </Card>
  )
}

function NextActivity({ item }: { item: MemberHome['nextActivity'] }) {
  if (!item) {
    return <EmptyState title="暂无活动安排" description="支部发布活动后，这里会显示时间、地点和您的状态。" />
  }
  const detail = `/pages/activity/index?id=${encodeURIComponent(item.id)}`
  const { can } = item.me
  const actions =
    can.signIn || can.requestLeave ? (
      <>
        {can.signIn ? (
          <Button kind="primary" block onClick={open(`/pages/signin/index?a=${encodeURIComponent(item.id)}`)}>
            签到
          </Button>
        ) : null}
        {can.requestLeave ? (
          <Button block onClick={open(`${detail}&leave=1`)}>
            {item.me.status === 'leavePending' ? '修改请假' : '请假'}
          </Button>
        ) : null}
      </>
    ) : undefined
  return <ActivityCard item={item} onOpen={open(detail)} actions={actions} />
}

function StudyLine({ study }: { study: MemberHome['study'] }) {
  if (!study) return null
  return (
    <Section title="本月学习">
      <Card onClick={() => void Taro.switchTab({ url: '/pages/study/index' })}>
        <View className="home-study">
          <Text className="home-study__days">本月已学习{study.studyDays.length}天</Text>
          <Text className="home-study__link">去学习 ›</Text>
        </View>
      </Card>
    </Section>
  )
}

export default function HomePage() {
  const screen = useScreen(loadHome)
  return (
    <ScreenPage screen={screen}>
      {(home) => (
        <>
          <Greeting session={home.session} />
          <ElderOffer />
          {needsBinding(home.session) ? (
            <BindPrompt what="下次活动、待办、本月学习和党费" onBind={() => void Taro.navigateTo({ url: BIND_URL })} />
          ) : null}
          {home.office ? <OfficeMonth office={home.office} /> : null}
          {home.officer ? <OfficerTodo todo={home.officer} /> : null}
          {home.session.member ? (
            <>
              {home.welcome ? <Welcome id={home.session.member.id} /> : null}
              <Section title="下次活动">
                <NextActivity item={home.nextActivity} />
              </Section>
              <Section title="待办">
                <TodoList
                  makeup={home.makeup}
                  dues={home.dues}
                  unreadNotices={home.unreadNotices}
                  toAck={home.noticesToAck}
                />
              </Section>
              <StudyLine study={home.study} />
            </>
          ) : null}
          {/* The 长辈版 switch stays on 首页 (and in 我的), below what a member came for. */}
          <ElderSwitch />
        </>
      )}
    </ScreenPage>
  )
}
