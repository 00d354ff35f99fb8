/**
 * What other screens' actions may include in their single call: the home screen's next activity
 * and open 补学 tasks, and the secretary overview's waiting counts.
 */
export { nextActivityFor } from './list'
export { openMakeupTasks } from './makeup'
export { officerWaiting } from './waiting'
