import { ORG_KIND_LABELS, type OrgNode } from '@core/contract/org'
import { useState } from 'react'
import { fieldErrors } from '@/components/Field'
import { Notice } from '@/components/Notice'
import { Sheet } from '@/components/Sheet'
import { SheetActions } from '@/components/SheetActions'
import { TextField } from '@/components/TextField'
import { asCloudError } from '@/errors/cloud-error'
import { callCloud } from '@/services/cloud'
import { ORG_LIMITS } from '@core/contract/org-limits'

export type OrgTask =
  { mode: 'create'; kind: 'generalBranch' | 'branch' | 'group'; parent: OrgNode } | { mode: 'rename'; node: OrgNode }

export interface OrgSheetProps {
  task: OrgTask
  onDone: (node: OrgNode) => void
  onCancel: () => void
}

/** Creating a node under another, or renaming one: a name is all it takes. */
export function OrgSheet({ task, onDone, onCancel }: OrgSheetProps) {
  const [name, setName] = useState(task.mode === 'rename' ? task.node.name : '')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<{ message: string; name?: string } | null>(null)
  const title =
    task.mode === 'create' ? `在${task.parent.name}下新建${ORG_KIND_LABELS[task.kind]}` : `${task.node.name}改名`

  const submit = async () => {
    setBusy(true)
    setProblem(null)
    try {
      const node =
        task.mode === 'create'
          ? await callCloud('admin', 'org.create', { kind: task.kind, name: name.trim(), parentId: task.parent.id })
          : await callCloud('admin', 'org.rename', { orgId: task.node.id, name: name.trim() })
      onDone(node)
    } catch (thrown) {
      const error = asCloudError(thrown)
      const fields = fieldErrors(error.fields)
      setProblem({ message: fields.name ?? error.message, name: fields.name })
      setBusy(false)
    }
  }

  return (
    <Sheet title={title}>
      {problem ? <Notice kind="error">{problem.message}</Notice> : null}
      <TextField
        label="名称"
        hint="2到40个字，如：机关第九党支部"
        error={problem?.name}
        name="orgName"
        value={name}
        maxlength={ORG_LIMITS.orgName}
        placeholder="组织全称"
        onChange={setName}
      />
      <SheetActions
        submitText={task.mode === 'create' ? '新建' : '改名'}
        busy={busy}
        onSubmit={() => void submit()}
        onCancel={onCancel}
      />
    </Sheet>
  )
}
