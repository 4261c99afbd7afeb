import { shapedCoreService } from '../../../published-reads/shaped-service'
import { articleShape } from '../response-shape'

export default shapedCoreService('api::article.article', articleShape)
