/** Study screens' data as the cloud would answer it, for the app tests. */
import type { BranchStudy, ManagedReadingItem, MyReadingItem, MyStudyMonth, StudyEntry } from '@core/contract/study'

export const TODAY = '2026-03-05'

export const readingItem = (id: string, title: string, extra: Partial<MyReadingItem> = {}): MyReadingItem => ({
  id,
  scope: 'bureau',
  title,
  kind: 'book',
  link: null,
  fileID: null,
  period: null,
  periodLabel: null,
  current: true,
  finished: false,
  ...extra,
})

export const managedItem = (
  id: string,
  title: string,
  extra: Partial<ManagedReadingItem> = {},
): ManagedReadingItem => ({
  id,
  scope: 'bureau',
  title,
  kind: 'book',
  link: null,
  fileID: null,
  period: null,
  periodLabel: null,
  current: true,
  editable: false,
  ...extra,
})

export const studyEntry = (id: string, title: string, extra: Partial<StudyEntry> = {}): StudyEntry => ({
  id,
  day: TODAY,
  late: false,
  itemId: null,
  title,
  kind: null,
  minutes: null,
  reflection: '',
  corrected: false,
  recordedAt: Date.UTC(2026, 2, 5, 12),
  editable: true,
  ...extra,
})

export const myMonth = (extra: Partial<MyStudyMonth> = {}): MyStudyMonth => ({
  today: TODAY,
  month: '2026-03',
  studyDays: ['2026-03-02', '2026-03-04'],
  day: TODAY,
  entries: [],
  recordableDays: ['2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02'],
  items: [
    readingItem('si-charter', '中国共产党章程', { kind: 'regulation', finished: true }),
    readingItem('si-gov4', '《习近平谈治国理政》第四卷', {
      period: { from: '2026-01', to: '2026-03' },
      periodLabel: '2026年第一季度',
    }),
    readingItem('si-xuexi', '学习强国：深入学习贯彻党的二十届四中全会精神', {
      kind: 'xuexi',
      link: 'https://www.xuexi.cn/',
    }),
  ],
  makeup: [],
  ...extra,
})

export const branchStudy = (extra: Partial<BranchStudy> = {}): BranchStudy => ({
  branch: { id: 'org-b1', name: '机关第一党支部' },
  month: '2026-03',
  items: [
    managedItem('si-charter', '中国共产党章程', { kind: 'regulation' }),
    managedItem('si-b1', '支部书记讲党课：机关作风建设', { scope: 'branch', kind: 'lecture', editable: true }),
  ],
  members: [
    { memberId: 'm-1', name: '王芳', hasRecord: true, doneItemIds: ['si-charter', 'si-b1'] },
    { memberId: 'm-2', name: '赵强', hasRecord: false, doneItemIds: [] },
  ],
  ...extra,
})
