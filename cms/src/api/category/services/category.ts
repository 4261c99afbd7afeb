import { shapedCoreService } from '../../../published-reads/shaped-service'
import { categoryShape } from '../response-shape'

export default shapedCoreService('api::category.category', categoryShape)
