/** Every kind of change the server writes to the audit log has words and a place among the log's filters. */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { AUDIT_GROUPS, AUDIT_KIND_LABELS, auditDomains, auditKindsOf } from '../../core/audit-kinds'

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** The `kind`s written by `audit(ctx, { kind: … })` calls, read from the server's source. */
function writtenKinds(): Set<string> {
  const kinds = new Set<string>()
  for (const file of sources(join(__dirname, '../../server'))) {
    const text = readFileSync(file, 'utf8')
    for (const call of text.matchAll(/audit\(ctx, \{([\s\S]{0,200}?)summary/g)) {
      for (const quoted of call[1].matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'/g)) kinds.add(quoted[1])
    }
  }
  return kinds
}

it('names and groups every kind the server writes', () => {
  const written = writtenKinds()
  expect(written.size).toBeGreaterThan(25)
  for (const kind of written) expect([kind, AUDIT_KIND_LABELS[kind]]).toEqual([kind, expect.any(String)])
})

it('puts each kind in exactly one group', () => {
  const all = AUDIT_GROUPS.flatMap((g) => auditKindsOf(g.value))
  expect(new Set(all).size).toBe(all.length)
})

it('puts each group of the filter in exactly one domain, a group no domain names under 其他', () => {
  const domains = auditDomains()
  const placed = domains.flatMap((d) => d.groups.map((g) => g.value))
  expect(placed.sort()).toEqual(AUDIT_GROUPS.map((g) => g.value).sort())
  expect(domains.map((d) => d.label)).not.toContain('其他')
  const extra = { value: 'later', label: '以后的', kinds: { 'later.thing': '以后的事' } }
  const withExtra = auditDomains([...AUDIT_GROUPS, extra])
  expect(withExtra.at(-1)).toEqual({ label: '其他', groups: [extra] })
  expect(auditDomains([])).toEqual([])
})
