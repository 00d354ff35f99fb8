import type { PayOption, PaymentMethod } from '@core/contract/dues'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { asCloudError } from '@/errors/cloud-error'
import { useDraft } from '@/hooks/useDraft'
import type { ChosenFile } from '@/services/upload'
import { PAYMENT_METHOD_WORDS, yuan } from '@/dues/words'
import { Button } from '../Button'
import { ChoiceChips } from '../ChoiceChips'
import { Field } from '../Field'
import { FilePicker } from '../FilePicker'
import { Notice } from '../Notice'
import { Sheet } from '../Sheet'
import { SheetActions } from '../SheetActions'
import { TextField } from '../TextField'
import './index.css'
import { DUES_LIMITS } from '@core/contract/dues-limits'

export interface DuesPayment {
  months: string[]
  amountFen: number
  method: PaymentMethod
  receiptFileID?: string
  note?: string
}

export interface DuesPaySheetProps {
  title: string
  /** One or two sentences: what this records and what happens next. */
  explain: string
  /** The server's choices, earliest unpaid month first; amounts are never worked out here. */
  options: PayOption[]
  defaultMethod?: PaymentMethod
  submitText: string
  /** Sends the payment; a refusal's message is shown in the sheet. */
  onSubmit: (payment: DuesPayment) => Promise<void>
  onCancel: () => void
  /** Stores the receipt photo; resolves with its `cloud://` fileID. */
  upload: (file: ChosenFile) => Promise<string>
}

const METHOD_CHOICES = (Object.keys(PAYMENT_METHOD_WORDS) as PaymentMethod[]).map((value) => ({
  value,
  label: PAYMENT_METHOD_WORDS[value],
}))

type Photo = { state: 'uploading'; name: string } | { state: 'ready'; name: string; fileID: string }

/** Which months, how it was paid, an optional receipt photo and note: one payment. */
export function DuesPaySheet(props: DuesPaySheetProps) {
  const { title, explain, options, defaultMethod, submitText, onSubmit, onCancel, upload } = props
  const [choice, setChoice] = useState('0')
  const [method, setMethod] = useState<PaymentMethod | null>(defaultMethod ?? null)
  const [photo, setPhoto] = useState<Photo | null>(null)
  const { draft, field } = useDraft({ note: '' })
  const note = draft.note
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const option = options[Number(choice)]

  const addPhoto = async (file: ChosenFile) => {
    setProblem(null)
    setPhoto({ state: 'uploading', name: file.name })
    try {
      const fileID = await upload(file)
      setPhoto({ state: 'ready', name: file.name, fileID })
    } catch (thrown) {
      setPhoto(null)
      setProblem(asCloudError(thrown).message)
    }
  }

  const submit = async () => {
    if (!option) return
    if (!method) {
      setProblem('请选择交纳方式')
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await onSubmit({
        months: option.months,
        amountFen: option.totalFen,
        method,
        ...(photo?.state === 'ready' ? { receiptFileID: photo.fileID } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      })
    } catch (thrown) {
      setProblem(asCloudError(thrown).message)
      setBusy(false)
    }
  }

  return (
    <Sheet title={title}>
      <Text>{explain}</Text>
      <Field label="交哪几个月" hint="从最早没交的月份开始，可以多交几个月。">
        <ChoiceChips
          column
          options={options.map((o, i) => ({ value: String(i), label: `${o.label}，共 ${yuan(o.totalFen)}` }))}
          value={choice}
          onChange={setChoice}
        />
      </Field>
      {option ? <Text className="dues-pay__total">合计：{yuan(option.totalFen)}</Text> : null}
      <Field label="交纳方式">
        <ChoiceChips options={METHOD_CHOICES} value={method} onChange={setMethod} />
      </Field>
      <Field label="收据照片（可以不传）" hint="转账截图或收据的照片，方便书记核对这笔党费，只用于核对。">
        {photo ? (
          <View className="dues-pay__photo">
            <Text>{photo.state === 'uploading' ? `正在上传照片“${photo.name}”…` : `✓ 已添加照片“${photo.name}”`}</Text>
            {photo.state === 'ready' ? (
              <Button disabled={busy} onClick={() => setPhoto(null)}>
                不用这张照片
              </Button>
            ) : null}
          </View>
        ) : (
          <FilePicker
            photo
            label="添加收据照片"
            extensions={['jpg', 'jpeg', 'png']}
            disabled={busy}
            onChosen={(file) => void addPhoto(file)}
            onError={setProblem}
          />
        )}
      </Field>
      <TextField
        label="备注（可以不填）"
        {...field('note')}
        maxlength={DUES_LIMITS.note}
        placeholder="如：替家人代交"
      />
      {problem ? <Notice kind="error">{problem}</Notice> : null}
      <SheetActions
        submitText={submitText}
        busy={busy}
        submitDisabled={!option || photo?.state === 'uploading'}
        onSubmit={() => void submit()}
        onCancel={onCancel}
      />
    </Sheet>
  )
}
