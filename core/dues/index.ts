/** Party dues rules (党费), pure: amounts, months, arrears and what may be paid. */
export * from './brackets'
export * from './amounts'
export * from './months'
export * from './ledger'
export * from './payable'
export * from './import'
export * from './home'
export * from './collection'
