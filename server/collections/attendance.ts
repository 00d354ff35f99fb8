import type { CollectionSpec } from './spec'

/** Excel exports of attendance (issue 11): who exported what, and where the file is kept. */
export const ATTENDANCE_COLLECTIONS = [
  {
    name: 'attendanceExports',
    purpose: '出勤台账与汇总的导出记录：谁在何时导出了哪个支部哪一年，文件在云存储中的位置（永久）',
    indexes: [{ createdAt: -1 }, { branchId: 1, createdAt: -1 }],
  },
] as const satisfies readonly CollectionSpec[]
