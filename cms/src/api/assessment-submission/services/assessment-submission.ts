import { shapedCoreService } from '../../../published-reads/shaped-service'
import { assessmentSubmissionShape } from '../response-shape'

export default shapedCoreService('api::assessment-submission.assessment-submission', assessmentSubmissionShape)
