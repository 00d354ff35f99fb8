import Taro from '@tarojs/taro'
import type { MinutesAttendance, MinutesPage, MinutesView } from '@core/contract/minutes'
import { MINUTES_FIELD_LABELS, MINUTES_STATUS_LABELS } from '@core/contract/minutes'
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS } from '@core/activity/types'
import { formatChinaClock, formatChinaDateTime } from '@core/dates'
import { Image, Text, View } from '@tarojs/components'
import { Card } from '../Card'
import { MaterialList, type MaterialOpener } from '../MaterialList'
import { Section } from '../Section'
import './index.css'

export { MotionCard, VotesSection } from './Votes'

/** The meeting the minutes are of: type, title, when, where, which branch. */
export function MeetingHead({ activity }: { activity: MinutesPage['activity'] }) {
  return (
    <View className="stack">
      <Text className="minutes__type">
        {ACTIVITY_TYPE_LABELS[activity.type]} · {ACTIVITY_STATUS_LABELS[activity.status]}
      </Text>
      <Text className="page-title">{activity.title}</Text>
      <Card>
        <View className="stack">
          <Text>
            时间：{formatChinaDateTime(activity.startAt)}–{formatChinaClock(activity.endAt)}
          </Text>
          <Text>地点：{activity.place}</Text>
          <Text>支部：{activity.branchName}</Text>
        </View>
      </Card>
    </View>
  )
}

const names = (list: string[]) => (list.length > 0 ? list.join('、') : '无')

/** 应到 / 实到 / 请假 / 缺席 with names, as the sign-in recorded them. */
export function AttendanceCard({ attendance }: { attendance: MinutesAttendance }) {
  const { expected, present, onLeave, leavePending, absent } = attendance
  return (
    <Section title="出勤（来自签到）">
      <Card>
        <View className="stack">
          <Text className="minutes__counts">
            应到{expected}人，实到{present.length}人，请假{onLeave.length}人，缺席{absent.length}人
          </Text>
          <Text>
            <Text className="minutes__label">实到（{present.length}人）：</Text>
            {names(present)}
          </Text>
          <Text>
            <Text className="minutes__label">请假（{onLeave.length}人）：</Text>
            {names(onLeave)}
          </Text>
          {leavePending.length > 0 ? (
            <Text>
              <Text className="minutes__label">请假待批（{leavePending.length}人）：</Text>
              {names(leavePending)}
            </Text>
          ) : null}
          <Text>
            <Text className="minutes__label">缺席（{absent.length}人）：</Text>
            {names(absent)}
          </Text>
          <Text className="text-secondary">这些名单来自活动签到，不用另外填写。</Text>
        </View>
      </Card>
    </Section>
  )
}

function Written({ label, text }: { label: string; text: string }) {
  return (
    <View className="minutes__part">
      <Text className="minutes__label">{label}</Text>
      <Text className="minutes__text" userSelect>
        {text || '（未填写）'}
      </Text>
    </View>
  )
}

function Person({ label, name }: { label: string; name: string | undefined }) {
  return (
    <Text>
      <Text className="minutes__label">{label}：</Text>
      {name ?? '（未填写）'}
    </Text>
  )
}

/** The meeting's photos as thumbnails; a tap shows them full size (WeChat's viewer). */
export function PhotoGrid({ photos }: { photos: MinutesView['photos'] }) {
  const urls = photos.map((p) => p.url).filter((u): u is string => u !== null)
  return (
    <View className="minutes__photos">
      {photos.map((photo, index) =>
        photo.url ? (
          <Image
            key={photo.fileID}
            className="minutes__photo"
            src={photo.url}
            mode="aspectFill"
            nativeProps={{ alt: `会议照片${index + 1}` }}
            onClick={() => void Taro.previewImage({ urls, current: photo.url as string })}
          />
        ) : (
          <View key={photo.fileID} className="minutes__photo minutes__photo--gone">
            <Text className="text-secondary">照片暂时打不开</Text>
          </View>
        ),
      )}
    </View>
  )
}

export interface MinutesBodyProps {
  minutes: MinutesView
  opener: MaterialOpener
}

/** Confirmed (or saved) minutes as the paper handbook lays them out, with who confirmed and every change. */
export function MinutesBody({ minutes, opener }: MinutesBodyProps) {
  const attachments = minutes.attachments.map((a) => ({ kind: 'file' as const, ...a }))
  return (
    <View className="stack">
      <Section title="会议记录">
        <Card>
          <View className="stack">
            <Text className="minutes__status">{MINUTES_STATUS_LABELS[minutes.status]}</Text>
            {minutes.confirmedAt && minutes.confirmedByName ? (
              <Text className="text-secondary">
                确认人：{minutes.confirmedByName}，{formatChinaDateTime(minutes.confirmedAt)}
              </Text>
            ) : null}
            <Person label={MINUTES_FIELD_LABELS.hostId} name={minutes.host?.name} />
            <Person label={MINUTES_FIELD_LABELS.recorderId} name={minutes.recorder?.name} />
            <Written label={MINUTES_FIELD_LABELS.topics} text={minutes.topics} />
            <Written label={MINUTES_FIELD_LABELS.summary} text={minutes.summary} />
            <Written label={MINUTES_FIELD_LABELS.resolutions} text={minutes.resolutions} />
          </View>
        </Card>
      </Section>
      {minutes.photos.length > 0 ? (
        <Section title={`照片（${minutes.photos.length}张）`}>
          <PhotoGrid photos={minutes.photos} />
        </Section>
      ) : null}
      {attachments.length > 0 ? (
        <Section title={`附件（${attachments.length}个）`}>
          <MaterialList materials={attachments} opener={opener} />
        </Section>
      ) : null}
      {minutes.amendments.length > 0 ? (
        <Section title={`修改记录（${minutes.amendments.length}次）`}>
          {minutes.amendments.map((a) => (
            <Card key={a.at}>
              <View className="stack">
                <Text className="minutes__label">
                  {formatChinaDateTime(a.at)} {a.byName}
                </Text>
                <Text>原因：{a.reason}</Text>
                <Text className="text-secondary">改了：{a.fields.join('、')}</Text>
              </View>
            </Card>
          ))}
        </Section>
      ) : null}
    </View>
  )
}
