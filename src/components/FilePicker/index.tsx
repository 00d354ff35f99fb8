// weapp: a file from a WeChat chat (the usual way an office gets a sheet onto a phone), or
// with `photo` a picture from the album or the camera. The H5 build uses index.h5.tsx (a
// browser file input).
import Taro from '@tarojs/taro'
import type { ChosenFile } from '@/services/upload'
import { Button } from '../Button'

export interface FilePickerProps {
  label: string
  /** Allowed extensions without the dot, e.g. ['csv', 'xlsx']. */
  extensions: string[]
  disabled?: boolean
  /** A photo from the album or the camera (a receipt) instead of a chat file. */
  photo?: boolean
  onChosen: (file: ChosenFile) => void
  onError: (message: string) => void
}

function errMsgOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
}

async function choosePhoto(): Promise<ChosenFile | null> {
  const { tempFiles } = await Taro.chooseMedia({
    count: 1,
    mediaType: ['image'],
    sourceType: ['album', 'camera'],
    sizeType: ['compressed'],
  })
  const path = tempFiles[0]?.tempFilePath
  return path ? { name: path.split('/').pop() ?? 'photo.jpg', path } : null
}

export function FilePicker({ label, extensions, disabled, photo, onChosen, onError }: FilePickerProps) {
  const choose = async () => {
    if (photo) {
      try {
        const file = await choosePhoto()
        if (file) onChosen(file)
      } catch (error) {
        if (!/cancel/.test(errMsgOf(error))) onError('没能打开相册或相机，请稍后再试')
      }
      return
    }
    try {
      const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
      const file = tempFiles[0]
      if (file) onChosen({ name: file.name, path: file.path })
    } catch (error) {
      if (!/cancel/.test(errMsgOf(error))) onError('没能打开聊天文件，请稍后再试')
    }
  }
  return (
    <Button block disabled={disabled} onClick={() => void choose()}>
      {label}
    </Button>
  )
}
