import { shapedCoreService } from '../../../published-reads/shaped-service'
import { serviceShape } from '../response-shape'

export default shapedCoreService('api::service.service', serviceShape)
