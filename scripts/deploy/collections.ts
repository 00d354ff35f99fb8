/**
 * The collections to create, from the one declaration in server/collections/: each with its
 * permission rule and its indexes under stable names, checked against WeChat's limits.
 */
import { ruleOf, type CollectionSpec, type PermissionRule } from '../../server/collections'

/** WeChat allows 20 indexes per collection, the built-in `_id` one included. */
export const MAX_INDEXES = 20

export type IndexKeys = Record<string, 1 | -1>

export interface IndexPlan {
  /** MongoDB's default name (`branchId_1_status_1`), so that a rerun finds what it made. */
  name: string
  keys: IndexKeys
}

export interface CollectionPlan {
  name: string
  rule: PermissionRule
  indexes: IndexPlan[]
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/
const RULE_KEYS = ['read', 'write', 'create', 'update', 'delete']

export function indexName(keys: IndexKeys): string {
  return Object.entries(keys)
    .map(([field, dir]) => `${field.replace(/\./g, '_')}_${dir}`)
    .join('_')
}

function ruleProblems(name: string, rule: PermissionRule): string[] {
  const problems: string[] = []
  const entries = Object.entries(rule)
  const unknown = entries.map(([k]) => k).filter((k) => !RULE_KEYS.includes(k))
  if (unknown.length > 0) problems.push(`集合 ${name} 的权限规则有不认识的操作：${unknown.join('、')}`)
  if (!('read' in rule)) problems.push(`集合 ${name} 的权限规则缺少 read`)
  if (!('write' in rule) && !['create', 'update', 'delete'].every((k) => k in rule)) {
    problems.push(`集合 ${name} 的权限规则缺少 write（或 create、update、delete）`)
  }
  for (const [op, value] of entries) {
    if (typeof value === 'string' ? value.trim() === '' : typeof value !== 'boolean') {
      problems.push(`集合 ${name} 的权限规则 ${op} 应为 true、false 或表达式`)
    }
  }
  return problems
}

function indexProblems(name: string, indexes: readonly IndexKeys[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const keys of indexes) {
    const entries = Object.entries(keys)
    const label = JSON.stringify(keys)
    if (entries.length === 0) problems.push(`集合 ${name} 有一个空索引`)
    for (const [field, dir] of entries) {
      if (!FIELD.test(field)) problems.push(`集合 ${name} 的索引 ${label} 中字段名「${field}」不合法`)
      if (dir !== 1 && dir !== -1) problems.push(`集合 ${name} 的索引 ${label} 的方向应为 1 或 -1`)
    }
    if (entries.length === 1 && entries[0][0] === '_id') problems.push(`集合 ${name} 不必声明 _id 索引（已内置）`)
    const id = indexName(keys)
    if (seen.has(id)) problems.push(`集合 ${name} 重复声明了索引 ${label}`)
    seen.add(id)
  }
  if (indexes.length + 1 > MAX_INDEXES) {
    problems.push(`集合 ${name} 声明了 ${indexes.length} 个索引，加上内置的 _id 超过微信的上限 ${MAX_INDEXES}`)
  }
  return problems
}

/** The collections with rules and named indexes, and every problem WeChat would refuse. */
export function planCollections(specs: readonly CollectionSpec[]): {
  collections: CollectionPlan[]
  problems: string[]
} {
  const problems: string[] = []
  const names = new Set<string>()
  const collections = specs.map((spec) => {
    if (!NAME.test(spec.name)) problems.push(`集合名「${spec.name}」只能由字母、数字、_ 和 - 组成（最多 64 个）`)
    if (names.has(spec.name)) problems.push(`集合 ${spec.name} 声明了两次`)
    names.add(spec.name)
    const rule = ruleOf(spec)
    problems.push(...ruleProblems(spec.name, rule), ...indexProblems(spec.name, spec.indexes))
    return { name: spec.name, rule, indexes: spec.indexes.map((keys) => ({ name: indexName(keys), keys })) }
  })
  if (collections.length === 0) problems.push('server/collections/ 中没有声明任何集合')
  return { collections, problems }
}
