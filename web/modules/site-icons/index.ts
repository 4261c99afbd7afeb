import { defineNuxtModule, extendViteConfig } from 'nuxt/kit'
import { inlineSiteIcons } from './inline-site-icons'

/*
 * Hands inlineSiteIcons to the Vue compiler through Vite's Vue plugin, once every module has set up
 * its own options. `vue.compilerOptions.nodeTransforms` in nuxt.config would be the place, but
 * @nuxtjs/mdc, which @nuxt/content installs, replaces that list with its own (nuxt-content/mdc#509),
 * so a transform listed there never runs. Remove this module and list the transform in nuxt.config
 * once that issue is fixed; test/nuxt/site-icon.spec.ts fails whenever the transform does not run.
 */
export default defineNuxtModule({
  meta: { name: 'site-icons' },
  setup(_options, nuxt) {
    nuxt.hook('modules:done', () => {
      extendViteConfig((config) => {
        config.vue ??= {}
        config.vue.template ??= {}
        config.vue.template.compilerOptions ??= {}
        const { compilerOptions } = config.vue.template
        compilerOptions.nodeTransforms = [...compilerOptions.nodeTransforms ?? [], inlineSiteIcons]
      })
    })
  },
})
