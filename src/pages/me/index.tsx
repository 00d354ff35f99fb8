import { dayWords } from '@core/dates'
import Taro from '@tarojs/taro'
import type { MemberRole, MyPage, Profile } from '@core/contract'
import { Text } from '@tarojs/components'
import { BindPrompt } from '@/components/BindPrompt'
import { Card } from '@/components/Card'
import { ElderSwitch } from '@/components/ElderSwitch'
import { EntryRow } from '@/components/EntryRow'
import { ScreenPage } from '@/components/ScreenPage'
import { BIND_URL } from '@/components/ScreenView'
import { Section } from '@/components/Section'
import { makeupPage } from '@/components/MakeupTaskRow'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'
import { isOfficer } from '@/services/session'

// Kept here rather than imported from core/contract/org, whose schemas would follow the
// labels into the main package that every member downloads.
const MEMBER_ROLE_LABELS: Record<MemberRole, string> = { member: '党员', secretary: '支部书记', committee: '支委' }

type Me = MyPage

/** One call: the session says whether the person is an admin (configuration, not the roster). */
const loadMe = (): Promise<Me> => callCloud('member', 'me.get', {})

function roleLine(profile: Profile): string {
  const role = MEMBER_ROLE_LABELS[profile.role]
  return profile.duty && profile.duty !== role ? `${role}（${profile.duty}）` : role
}

function ProfileCard({ session, profile }: Me) {
  if (!profile && session.role !== 'admin') {
    return (
      <BindPrompt what="您的党员信息、党费、通知和提醒设置" onBind={() => void Taro.navigateTo({ url: BIND_URL })} />
    )
  }
  if (!profile) {
    return (
      <Card>
        <Text className="page-title">机关党委管理员</Text>
        <Text className="page-subtitle">您以机关党委管理员身份使用，不在党员名册中。</Text>
      </Card>
    )
  }
  return (
    <Card>
      <Text className="page-title">{profile.name}</Text>
      <Text className="page-subtitle">所在支部：{profile.branchName}</Text>
      {profile.groupName ? <Text className="page-subtitle">党小组：{profile.groupName}</Text> : null}
      <Text className="page-subtitle">入党日期：{dayWords(profile.joinDate)}</Text>
      <Text className="page-subtitle">身份：{roleLine(profile)}</Text>
      <Text className="page-subtitle">党员类别：{profile.probationary ? '预备党员' : '正式党员'}</Text>
      {session.role === 'admin' ? <Text className="page-subtitle">另为机关党委管理员</Text> : null}
    </Card>
  )
}

export default function MePage() {
  const screen = useScreen(loadMe)
  return (
    <ScreenPage screen={screen}>
      {(me) => (
        <>
          <ProfileCard {...me} />
          {isOfficer(me.session) ? (
            <Section title="工作">
              <EntryRow title="支部管理" url="/packageSecretary/pages/overview/index" />
              {me.session.role === 'admin' ? (
                <EntryRow title="机关党委" url="/packageAdmin/pages/overview/index" />
              ) : null}
            </Section>
          ) : null}
          {me.profile ? (
            <Section title="我的事项">
              <EntryRow
                title="通知"
                value={me.unreadNotices > 0 ? `${me.unreadNotices}条未读` : undefined}
                url="/packageMember/pages/notices/index"
              />
              <EntryRow title="党费" url="/pages/dues/index" />
              <EntryRow title="补学" url={makeupPage()} />
              <EntryRow title="提醒设置" url="/packageMember/pages/reminders/index" />
              <EntryRow title="民主评议" url="/packageMember/pages/appraisal/index" />
              <EntryRow title="谈心谈话" url="/packageMember/pages/talks/index" />
              <EntryRow title="整改事项" url="/packageMember/pages/orglife/index" />
              <EntryRow title="知识测试" url="/packageMember/pages/quiz/index" />
              {me.proxy ? (
                <EntryRow
                  title="代为记录"
                  value={me.proxy.recordFor > 0 ? `可代${me.proxy.recordFor}人记录` : '谁可以代我记录'}
                  url="/packageMember/pages/proxy/index"
                />
              ) : null}
            </Section>
          ) : null}
          <Section title="大字模式">
            <ElderSwitch withLevels />
          </Section>
          <Section title="其他">
            <EntryRow title="隐私说明" url="/packageMember/pages/privacy/index" />
          </Section>
        </>
      )}
    </ScreenPage>
  )
}
