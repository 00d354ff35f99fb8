// H5: a browser file input, labelled by the visible text around it.
import type { FilePickerProps } from './index'
import './index.css'

export function FilePicker({ label, extensions, disabled, photo, onChosen }: FilePickerProps) {
  const types = extensions.map((ext) => `.${ext}`).join(',')
  return (
    <label className={disabled ? 'ui-file-picker ui-file-picker--disabled' : 'ui-file-picker'}>
      <span>{label}</span>
      <input
        className="ui-file-picker__input"
        type="file"
        accept={photo ? `image/*,${types}` : types}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          // Cleared so that choosing the same file again is noticed.
          event.target.value = ''
          if (file) onChosen({ name: file.name, blob: file })
        }}
      />
    </label>
  )
}
