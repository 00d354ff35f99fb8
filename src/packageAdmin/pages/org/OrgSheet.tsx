import { ORG_KIND_LABELS, type OrgNode } from '@core/contract/org'
import { FormSheet } from '@/components/FormSheet'
import { TextField } from '@/components/TextField'
import { useDraft } from '@/hooks/useDraft'
import { useSubmit } from '@/hooks/useSubmit'
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
  const form = useSubmit({ problemOf: (error, fields) => ({ message: fields.name ?? error.message, fields }) })
  const { draft, field } = useDraft({ name: task.mode === 'rename' ? task.node.name : '' }, form.errors)
  const name = draft.name
  const title =
    task.mode === 'create' ? `在${task.parent.name}下新建${ORG_KIND_LABELS[task.kind]}` : `${task.node.name}改名`

  const submit = () =>
    form.run(async () =>
      onDone(
        task.mode === 'create'
          ? await callCloud('admin', 'org.create', { kind: task.kind, name: name.trim(), parentId: task.parent.id })
          : await callCloud('admin', 'org.rename', { orgId: task.node.id, name: name.trim() }),
      ),
    )

  return (
    <FormSheet
      title={title}
      outcomeFirst
      form={form}
      submitText={task.mode === 'create' ? '新建' : '改名'}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        label="名称"
        hint="2到40个字，如：机关第九党支部"
        {...field('name', 'orgName')}
        maxlength={ORG_LIMITS.orgName}
        placeholder="组织全称"
      />
    </FormSheet>
  )
}
