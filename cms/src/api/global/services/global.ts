import { shapedCoreService } from '../../../published-reads/shaped-service'
import { globalShape } from '../response-shape'

export default shapedCoreService('api::global.global', globalShape)
