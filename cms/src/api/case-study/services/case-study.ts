import { shapedCoreService } from '../../../published-reads/shaped-service'
import { caseStudyShape } from '../response-shape'

export default shapedCoreService('api::case-study.case-study', caseStudyShape)
