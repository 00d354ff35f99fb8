/**
 * WeChat's timer cron: seven fields, second minute hour day month weekday year, run in China
 * time. Each field is `*`, a number, a range `a-b`, a step `x/n`, or a list of those joined by
 * commas; months and weekdays may also be written as JAN…DEC and SUN…SAT (weekday 0 is Sunday).
 */

interface Field {
  name: string
  min: number
  max: number
  names?: string[]
}

const FIELDS: Field[] = [
  { name: '秒', min: 0, max: 59 },
  { name: '分', min: 0, max: 59 },
  { name: '时', min: 0, max: 23 },
  { name: '日', min: 1, max: 31 },
  {
    name: '月',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: '星期', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
  { name: '年', min: 1970, max: 2099 },
]

function valueOf(text: string, field: Field): number | null {
  if (/^\d+$/.test(text)) return Number(text)
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1
  return named >= 0 ? named + field.min : null
}

/** Why one comma-separated part of a field is wrong, or null. */
function partProblem(part: string, field: Field): string | null {
  const [range, step, extra] = part.split('/')
  if (extra !== undefined || range === '') return `「${part}」写法不对`
  if (step !== undefined && !/^[1-9]\d*$/.test(step)) return `「${part}」的间隔应为正整数`
  if (range === '*') return null
  const ends = range.split('-')
  if (ends.length > 2) return `「${part}」写法不对`
  const values = ends.map((end) => valueOf(end, field))
  if (values.some((v) => v === null)) return `「${part}」不是数字`
  if (values.some((v) => v !== null && (v < field.min || v > field.max))) {
    return `「${part}」超出 ${field.min}–${field.max}`
  }
  if (values.length === 2 && (values[0] ?? 0) > (values[1] ?? 0)) return `「${part}」的范围前大后小`
  return null
}

/** Problems with a WeChat timer cron expression, in words; empty when WeChat accepts it. */
export function cronProblems(expression: string): string[] {
  const fields = expression.trim().split(/\s+/)
  if (fields.length !== 7) {
    return [`应有 7 个字段（秒 分 时 日 月 星期 年），「${expression}」有 ${fields.length} 个`]
  }
  const problems: string[] = []
  fields.forEach((text, i) => {
    const field = FIELDS[i]
    for (const part of text.split(',')) {
      const problem = partProblem(part, field)
      if (problem) problems.push(`${field.name}字段${problem}`)
    }
  })
  return problems
}
