/**
 * What scripts/test-weapp.ts hands the journeys: the local cloud's address and the run's "now"
 * (where the cloud's clock started; TEST_NOW, scripts/test-now.ts).
 */
const url = process.env.WEAPP_CLOUD_URL
if (!url) throw new Error('WEAPP_CLOUD_URL is not set: run the weapp journeys with npm run test:weapp')

export const CLOUD_URL: string = url
export const TEST_NOW = Date.parse(process.env.TEST_NOW ?? '')
