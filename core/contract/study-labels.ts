/**
 * Words for the kinds of study material, as a person reads them. Schema-free, so that the app's
 * screens import them without valibot; the contract (study.ts) builds its picklist from them.
 */
export type StudyItemKind = 'book' | 'regulation' | 'xuexi' | 'lecture' | 'material'

export const STUDY_KIND_LABELS: Record<StudyItemKind, string> = {
  book: '书籍',
  regulation: '党章党规',
  xuexi: '学习强国',
  lecture: '专题党课',
  material: '学习资料',
}
