import { factories } from '@strapi/strapi'

export default factories.createCoreController('api::assessment-submission.assessment-submission')
