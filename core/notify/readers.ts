/**
 * Who reads a notice: everyone it is addressed to except the one who wrote it — a secretary's
 * own notice, and the notice an activity she publishes (or moves, or cancels) sends, whose
 * organizer she is. She is given no copy, is not counted in 应读/已读/未读 nor listed among 未读,
 * and is never reminded to read it; copies older notices gave their author are left out the same
 * way. (She is still expected at her activity: attendance and its timed reminders are not notices.)
 */
export function isReaderOf(notice: { authorId: string | null }, memberId: string): boolean {
  return notice.authorId === null || memberId !== notice.authorId
}
