/** How much the bank and a paper hold; the app's fields and the cloud's checks read these. */
export const QUIZ_LIMITS = {
  stem: 300,
  stemMin: 4,
  option: 100,
  optionsMin: 2,
  optionsMax: 6,
  explanation: 500,
  source: 60,
  paperTitle: 40,
  paperTitleMin: 2,
  /** Questions one paper may hold. */
  paperQuestionsMin: 1,
  paperQuestionsMax: 50,
  /** The longest open period of a paper, in China days (the month's 固定学习日 and some). */
  openDaysMax: 62,
  /** Rows one import may hold. */
  importRows: 500,
  /** Answers a question needs before the office sees its share of wrong answers. */
  figureMin: 5,
} as const
