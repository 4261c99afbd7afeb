import { shapedCoreService } from '../../../published-reads/shaped-service'
import { testimonialShape } from '../response-shape'

export default shapedCoreService('api::testimonial.testimonial', testimonialShape)
