import { shapedCoreService } from '../../../published-reads/shaped-service'
import { pageShape } from '../response-shape'

export default shapedCoreService('api::page.page', pageShape)
