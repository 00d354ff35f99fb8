// weapp: a file from a WeChat chat (the usual way an office gets a sheet onto a phone).
// The H5 build uses index.h5.tsx (a browser file input).
import Taro from '@tarojs/taro'
import type { ChosenFile } from '@/services/upload'
import { Button } from '../Button'

export interface FilePickerProps {
  label: string
  /** Allowed extensions without the dot, e.g. ['csv', 'xlsx']. */
  extensions: string[]
  disabled?: boolean
  onChosen: (file: ChosenFile) => void
  onError: (message: string) => void
}

function errMsgOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'errMsg' in error ? String(error.errMsg) : ''
}

export function FilePicker({ label, extensions, disabled, onChosen, onError }: FilePickerProps) {
  const choose = async () => {
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
