import { MINUTES_LIMITS } from '@core/contract/minutes'
import { Image, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '@/components/Button'
import { Card } from '@/components/Card'
import { Field } from '@/components/Field'
import { FilePicker } from '@/components/FilePicker'
import { Notice } from '@/components/Notice'
import { asCloudError } from '@/errors/cloud-error'
import { cloudPathFor } from '@/services/cloud-path'
import { uploadFile, type ChosenFile } from '@/services/upload'
import { titleOfFile, type MinutesDraft } from './draft'

const PHOTO_TYPES = ['jpg', 'jpeg', 'png']
const FILE_TYPES = ['pdf', 'doc', 'docx', 'ppt', 'pptx', 'xls', 'xlsx', 'txt', 'jpg', 'png']

/** What shows a photo just chosen, before the cloud has a link for it. */
function localSrc(file: ChosenFile): string | null {
  if ('path' in file) return file.path
  return typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file.blob) : null
}

/** One upload at a time into `minutes/<activity>`: busy while it runs, a failure said in words. */
function useUpload(activityId: string) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const upload = async (file: ChosenFile): Promise<string | null> => {
    setBusy(true)
    setProblem(null)
    try {
      return await uploadFile(file, cloudPathFor(`minutes/${activityId}`, file.name))
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
      return null
    } finally {
      setBusy(false)
    }
  }
  return { busy, problem, setProblem, upload }
}

export interface FilesFieldProps {
  activityId: string
  draft: MinutesDraft
  onChange: (draft: Partial<MinutesDraft>) => void
  /** An upload is under way: the form waits before sending. */
  onBusy: (busy: boolean) => void
  errors: Record<string, string>
}

export function PhotosField({ activityId, draft, onChange, onBusy, errors }: FilesFieldProps) {
  const { busy, problem, setProblem, upload } = useUpload(activityId)
  const full = draft.photos.length >= MINUTES_LIMITS.photos
  const add = async (file: ChosenFile) => {
    onBusy(true)
    const fileID = await upload(file)
    onBusy(false)
    if (fileID) onChange({ photos: [...draft.photos, { fileID, src: localSrc(file) }] })
  }
  return (
    <Field
      label={`照片（${draft.photos.length}/${MINUTES_LIMITS.photos}）`}
      hint="会场照片，选好即上传（手机会先压缩）"
      error={errors.photos}
    >
      {draft.photos.length > 0 ? (
        <View className="minutes-form__photos">
          {draft.photos.map((photo, index) => (
            <View key={photo.fileID} className="minutes-form__photo">
              {photo.src ? (
                <Image
                  className="minutes__photo"
                  src={photo.src}
                  mode="aspectFill"
                  nativeProps={{ alt: `会议照片${index + 1}` }}
                />
              ) : (
                <View className="minutes__photo minutes__photo--gone">
                  <Text className="text-secondary">照片{index + 1}</Text>
                </View>
              )}
              <Button onClick={() => onChange({ photos: draft.photos.filter((p) => p.fileID !== photo.fileID) })}>
                删除
              </Button>
            </View>
          ))}
        </View>
      ) : null}
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      {full ? (
        <Text className="text-secondary">{`已有${MINUTES_LIMITS.photos}张，最多${MINUTES_LIMITS.photos}张`}</Text>
      ) : (
        <FilePicker
          label={busy ? '正在上传照片…' : '添加照片'}
          photo
          extensions={PHOTO_TYPES}
          disabled={busy}
          onChosen={(file) => void add(file)}
          onError={setProblem}
        />
      )}
    </Field>
  )
}

export function AttachmentsField({ activityId, draft, onChange, onBusy, errors }: FilesFieldProps) {
  const { busy, problem, setProblem, upload } = useUpload(activityId)
  const full = draft.attachments.length >= MINUTES_LIMITS.attachments
  const add = async (file: ChosenFile) => {
    onBusy(true)
    const fileID = await upload(file)
    onBusy(false)
    if (fileID) {
      const title = titleOfFile(file.name, MINUTES_LIMITS.attachmentTitle)
      onChange({ attachments: [...draft.attachments, { title, fileID }] })
    }
  }
  return (
    <Field
      label={`附件（${draft.attachments.length}/${MINUTES_LIMITS.attachments}）`}
      hint="如签到表扫描件、会议材料（从微信聊天中选择文件）"
      error={errors.attachments}
    >
      {draft.attachments.map((a) => (
        <Card key={a.fileID}>
          <View className="row minutes-form__file">
            <Text className="minutes-form__file-title">{a.title}</Text>
            <Button onClick={() => onChange({ attachments: draft.attachments.filter((x) => x.fileID !== a.fileID) })}>
              删除
            </Button>
          </View>
        </Card>
      ))}
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      {full ? (
        <Text className="text-secondary">{`已有${MINUTES_LIMITS.attachments}个，最多${MINUTES_LIMITS.attachments}个`}</Text>
      ) : (
        <FilePicker
          label={busy ? '正在上传附件…' : '添加附件'}
          extensions={FILE_TYPES}
          disabled={busy}
          onChosen={(file) => void add(file)}
          onError={setProblem}
        />
      )}
    </Field>
  )
}
