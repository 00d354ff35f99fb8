/** What other domains may use of the study domain. */
export { studySummary } from './summary'
