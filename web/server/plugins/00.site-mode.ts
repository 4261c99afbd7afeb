import { siteMode } from '../security/site-mode'
import { productionSecretProblems } from '../security/site-secrets'

/**
 * Runs first, before any request: in production a missing or unfit secret stops the server with every
 * such variable named; a local evaluation of a production build says loudly what it gives up.
 */
export default defineNitroPlugin(() => {
  const mode = siteMode()
  if (mode === 'production') {
    const problems = productionSecretProblems()
    if (problems.length > 0) {
      throw new Error([
        'The site cannot start in production:',
        ...problems.map(problem => `- ${problem}`),
        'To try a production build on your own machine only, start it with NUXT_LOCAL_EVALUATION=true.',
      ].join('\n'))
    }
  }
  else if (mode === 'local-evaluation') {
    console.warn([
      '',
      '[site] ==================================================================================',
      '[site]  LOCAL EVALUATION (NUXT_LOCAL_EVALUATION=true): public development secrets are accepted',
      '[site]  and robots.txt turns every crawler away. Never set this on a server the public reaches.',
      '[site] ==================================================================================',
      '',
    ].join('\n'))
  }
})
