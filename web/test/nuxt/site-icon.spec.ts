import { mountSuspended } from '@nuxt/test-utils/runtime'
import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import ServiceIcon from '~/components/service/ServiceIcon.vue'
import SiteIcon from '~/components/site/SiteIcon'
import { ICONS } from '~/utils/icons'

describe('icons in the site\'s templates', () => {
  it('are written out as their svg, with no icon component in between', async () => {
    const service = await mountSuspended(ServiceIcon, { props: { icon: 'chart' } })
    expect(service.findComponent(SiteIcon).exists()).toBe(false)
  })

  it('render the markup pages have always carried', async () => {
    const html = await renderToString(h(ServiceIcon, { icon: 'chart' }))
    expect(html.replace(/ data-v-\w+(="")?/g, '')).toBe(
      `<span class="service-icon"><svg class="icon service-icon__drawing" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">${ICONS.TrendingUp}</svg></span>`,
    )
  })
})
