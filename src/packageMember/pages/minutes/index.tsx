import { EmptyState } from '@/components/EmptyState'
import { AttendanceCard, MeetingHead, MinutesBody, VotesSection } from '@/components/MinutesRecord'
import { targetPage } from '@/components/NoTarget'
import { ScreenPage } from '@/components/ScreenPage'
import { useMaterialOpener } from '@/hooks/useMaterialOpener'
import { useScreen } from '@/hooks/useScreen'
import { callCloud } from '@/services/cloud'

/** 会议记录 for a member: the confirmed minutes of a meeting they were expected at. */
export default targetPage('id', MinutesOf, { what: '活动', from: '活动', url: '/pages/activities/index', tab: true })

function MinutesOf({ id }: { id: string }) {
  const opener = useMaterialOpener()
  const screen = useScreen(() => callCloud('member', 'minutes.read', { activityId: id }))
  return (
    <ScreenPage screen={screen} boundShows="您参加的会议的记录">
      {(reading) => (
        <>
          <MeetingHead activity={reading.activity} />
          <AttendanceCard attendance={reading.attendance} />
          {reading.minutes ? (
            <MinutesBody minutes={reading.minutes} opener={opener} />
          ) : (
            <EmptyState
              title="书记还没有整理好这次会议的记录"
              description="会议记录由书记或记录人整理并确认后，就会出现在这里。"
            />
          )}
          <VotesSection votes={reading.votes} />
        </>
      )}
    </ScreenPage>
  )
}
