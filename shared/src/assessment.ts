/** Browser-safe entry for the assessment form: its schema and field limits, and the URL normaliser; nothing else. */
export * from './schemas/assessment-input'
export * from './url'
