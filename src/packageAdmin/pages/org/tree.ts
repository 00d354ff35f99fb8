import type { OrgNode } from '@core/contract/org'

export interface TreeRow {
  node: OrgNode
  depth: number
  /** Branches, active members and bound members in this node and below it. */
  branchCount: number
  memberCount: number
  boundCount: number
}

/** Branches directly under a node before its 党总支, each list otherwise in the server's order. */
const rank = (node: OrgNode): number => (node.kind === 'generalBranch' ? 1 : 0)

/** The tree 机关党委 → 党总支 → 党支部 → 党小组 as rows in reading order, with totals. */
export function treeRows(nodes: OrgNode[]): TreeRow[] {
  const ids = new Set(nodes.map((node) => node.id))
  const children = new Map<string, OrgNode[]>()
  const roots: OrgNode[] = []
  for (const node of nodes) {
    if (node.parentId && ids.has(node.parentId)) {
      children.set(node.parentId, [...(children.get(node.parentId) ?? []), node])
    } else {
      roots.push(node)
    }
  }
  const rows: TreeRow[] = []
  const visit = (node: OrgNode, depth: number): TreeRow => {
    const row: TreeRow = {
      node,
      depth,
      branchCount: node.kind === 'branch' ? 1 : 0,
      memberCount: node.memberCount,
      boundCount: node.boundCount,
    }
    rows.push(row)
    const below = [...(children.get(node.id) ?? [])].sort((a, b) => rank(a) - rank(b))
    for (const child of below) {
      const sub = visit(child, depth + 1)
      row.branchCount += sub.branchCount
      row.memberCount += sub.memberCount
      row.boundCount += sub.boundCount
    }
    return row
  }
  roots.forEach((root) => visit(root, 0))
  return rows
}

/** `8个支部，党员120人，已绑定95人` for a 党委 or 党总支; `党员16人，已绑定12人` for a branch. */
export function countsText(row: TreeRow): string {
  const people = `党员${row.memberCount}人，已绑定${row.boundCount}人`
  switch (row.node.kind) {
    case 'group':
      return ''
    case 'branch':
      return people
    default:
      return `${row.branchCount}个支部，${people}`
  }
}
