/**
 * Question import (题库导入), pure, the way 名册导入 checks a roster (core/roster.ts): headers
 * mapped by the names a person might use, every problem of every row in words, and entries only
 * when no row has one — the import is all or nothing.
 */
import { JUDGE_OPTIONS, OPTION_LETTERS, QUESTION_KIND_LABELS, QUIZ_TOPIC_LABELS } from './labels'
import { QUIZ_LIMITS } from './limits'
import { questionProblems, type QuestionProblem } from './rules'
import type { QuestionContent, QuestionKind, QuizTopic } from './types'

type Field = 'kind' | 'topic' | 'stem' | 'answer' | 'explanation' | 'source'

export const QUIZ_HEADERS: Record<Field, string[]> = {
  kind: ['题型', '类型'],
  topic: ['专题', '分类', '类别'],
  stem: ['题干', '题目'],
  answer: ['答案', '正确答案'],
  explanation: ['解析', '答案解析'],
  source: ['出处', '依据', '来源'],
}

const REQUIRED: Field[] = ['kind', 'topic', 'stem', 'answer', 'source']

/** One line of the sheet as the preview shows it: the same shape as 名册导入's. */
export interface QuizPreviewRow {
  /** Line of the sheet, header being line 1. */
  line: number
  stem: string
  /** `单选题 · 党章`, as far as the row says. */
  kindTopic: string
  problems: string[]
}

/** What a question problem means on one row of a sheet. */
export const ROW_PROBLEM_WORDS: Record<QuestionProblem, string> = {
  'QUIZ.NO_CORRECT_ANSWER': '没有填写正确答案',
  'QUIZ.ONE_ANSWER': '单选题和判断题只能有一个正确答案',
  'QUIZ.MULTIPLE_NEEDS_TWO': '多选题至少要有两个正确答案',
  'QUIZ.ANSWER_NOT_AN_OPTION': '答案里有不存在的选项',
  'QUIZ.OPTION_COUNT': `选择题要有${QUIZ_LIMITS.optionsMin}到${QUIZ_LIMITS.optionsMax}个选项`,
  'QUIZ.OPTION_EMPTY': '选项中间有空的',
  'QUIZ.OPTION_REPEATED': '有两个选项相同',
  'QUIZ.JUDGE_OPTIONS': '判断题的选项只能是“正确”和“错误”',
}

const norm = (s: string) => s.trim().replace(/\s+/g, '')

function lookup<T extends string>(
  labels: Record<T, string>,
  text: string,
  more: Record<string, T> = {},
): T | undefined {
  const t = norm(text)
  return (Object.keys(labels) as T[]).find((k) => labels[k] === t) ?? more[t]
}

const KIND_WORDS: Record<string, QuestionKind> = { 单选: 'single', 多选: 'multiple', 判断: 'judge' }
const TOPIC_WORDS: Record<string, QuizTopic> = {
  中国共产党章程: 'charter',
  '《中国共产党章程》': 'charter',
  中国共产党纪律处分条例: 'discipline',
  '《中国共产党纪律处分条例》': 'discipline',
  纪律处分: 'discipline',
  党内法规: 'rules',
  其他: 'rules',
}

/** Maps a header row to fields and option columns (选项A… or A…); returns the missing columns' names. */
export function mapQuizHeaders(headers: string[]): {
  columns: Partial<Record<Field, number>>
  options: number[]
  missing: string[]
} {
  const columns: Partial<Record<Field, number>> = {}
  const options: Array<[number, number]> = []
  headers.forEach((raw, index) => {
    const header = norm(raw)
    const letter = /^(?:选项)?([A-F])$/i.exec(header)
    if (letter) {
      options.push([OPTION_LETTERS.indexOf(letter[1]!.toUpperCase() as (typeof OPTION_LETTERS)[number]), index])
      return
    }
    for (const [field, names] of Object.entries(QUIZ_HEADERS) as Array<[Field, string[]]>) {
      if (columns[field] === undefined && names.includes(header)) columns[field] = index
    }
  })
  const missing = REQUIRED.filter((f) => columns[f] === undefined).map((f) => QUIZ_HEADERS[f][0]!)
  if (options.length === 0) missing.push('选项A、选项B…')
  options.sort((a, b) => a[0] - b[0])
  return { columns, options: options.map(([, column]) => column), missing }
}

/** `B`, `ABD`, `A,B,D`, `A、C`; for 判断题 also 正确/错误, 对/错, √/×. Null when unreadable. */
export function parseAnswer(kind: QuestionKind | undefined, text: string): number[] | null {
  const t = norm(text).toUpperCase()
  if (t === '') return []
  if (kind === 'judge') {
    if (['正确', '对', '√', '是', 'A', 'T', 'TRUE'].includes(t)) return [0]
    if (['错误', '错', '×', 'X', '否', 'B', 'F', 'FALSE'].includes(t)) return [1]
    return null
  }
  const letters = t.replace(/[,，、;；/]/g, '')
  if (!/^[A-F]+$/.test(letters)) return null
  return [...new Set([...letters].map((l) => OPTION_LETTERS.indexOf(l as (typeof OPTION_LETTERS)[number])))].sort(
    (a, b) => a - b,
  )
}

function checkRow(cells: Record<Field, string>, optionCells: string[], seen: Set<string>) {
  const problems: string[] = []
  const kind = lookup(QUESTION_KIND_LABELS, cells.kind, KIND_WORDS)
  const topic = lookup(QUIZ_TOPIC_LABELS, cells.topic, TOPIC_WORDS)
  if (!cells.kind) problems.push('缺少题型')
  else if (!kind) problems.push(`题型“${cells.kind}”不对，应为单选题、多选题或判断题`)
  if (!cells.topic) problems.push('缺少专题')
  else if (!topic) problems.push(`专题“${cells.topic}”不对，应为${Object.values(QUIZ_TOPIC_LABELS).join('、')}`)
  if (!cells.stem) problems.push('缺少题干')
  else if (cells.stem.length < QUIZ_LIMITS.stemMin) problems.push(`题干太短（至少${QUIZ_LIMITS.stemMin}个字）`)
  else if (cells.stem.length > QUIZ_LIMITS.stem) problems.push(`题干太长（最多${QUIZ_LIMITS.stem}个字）`)
  else if (seen.has(norm(cells.stem))) problems.push('与表中前面一行的题干相同')
  seen.add(norm(cells.stem))
  if (!cells.source) problems.push('缺少出处（条例和条款）')
  else if (cells.source.length > QUIZ_LIMITS.source) problems.push(`出处太长（最多${QUIZ_LIMITS.source}个字）`)
  if (cells.explanation.length > QUIZ_LIMITS.explanation) {
    problems.push(`解析太长（最多${QUIZ_LIMITS.explanation}个字）`)
  }
  // Trailing empty option columns are no options; a gap before a filled one is a problem.
  let options = [...optionCells]
  while (options.length > 0 && options[options.length - 1] === '') options.pop()
  if (kind === 'judge' && options.length === 0) options = [...JUDGE_OPTIONS]
  if (options.some((o) => o.length > QUIZ_LIMITS.option)) problems.push(`选项太长（最多${QUIZ_LIMITS.option}个字）`)
  const answer = parseAnswer(kind, cells.answer)
  if (answer === null) problems.push(`答案“${cells.answer}”看不懂，应写成 B、ABD，判断题写正确或错误`)
  if (kind && answer !== null) {
    for (const p of questionProblems({ kind, options, answer })) problems.push(ROW_PROBLEM_WORDS[p])
  }
  if (problems.length > 0 || !kind || !topic || answer === null) return { entry: null, problems }
  const entry: QuestionContent = {
    kind,
    topic,
    stem: cells.stem,
    options,
    answer,
    explanation: cells.explanation,
    source: cells.source,
  }
  return { entry, problems }
}

/** Every row checked; entries only when no row has a problem (import is all-or-nothing). */
export function checkQuizTable(
  table: string[][],
  existingStems: ReadonlySet<string>,
): { rows: QuizPreviewRow[]; entries: QuestionContent[]; headerProblems: string[] } {
  const [headers = [], ...body] = table
  const { columns, options, missing } = mapQuizHeaders(headers)
  if (missing.length > 0) return { rows: [], entries: [], headerProblems: [`缺少这些列：${missing.join('、')}`] }
  const seen = new Set<string>()
  const rows: QuizPreviewRow[] = []
  const entries: QuestionContent[] = []
  body.forEach((line, index) => {
    if (line.every((cell) => cell.trim() === '')) return
    const cells = {} as Record<Field, string>
    for (const field of Object.keys(QUIZ_HEADERS) as Field[]) {
      const column = columns[field]
      cells[field] = column === undefined ? '' : (line[column] ?? '').trim()
    }
    const optionCells = options.map((c) => (line[c] ?? '').trim())
    const { entry, problems } = checkRow(cells, optionCells, seen)
    if (cells.stem && existingStems.has(norm(cells.stem))) problems.push('题库中已有相同题干的题目')
    const kindTopic = [cells.kind, cells.topic].filter(Boolean).join(' · ')
    rows.push({ line: index + 2, stem: cells.stem, kindTopic, problems })
    if (entry && problems.length === 0) entries.push(entry)
  })
  return { rows, entries: rows.some((r) => r.problems.length > 0) ? [] : entries, headerProblems: [] }
}

/** The stem as compared for duplicates: spaces do not make a different question. */
export const stemKey = norm
