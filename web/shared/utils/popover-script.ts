/**
 * The one script every page carries, inline at the end of the body (site/SiteHeader.vue). Menus are
 * native popovers that work without JavaScript; this only mirrors their state into aria-expanded for
 * assistive technology that does not read it from the popover itself. The Content-Security-Policy allows
 * it by its hash (config/security-headers.ts), so any change here changes the policy with it.
 */
export const POPOVER_EXPANDED_SCRIPT = `const s='[popovertarget]:not([popovertargetaction=hide])';for(const b of document.querySelectorAll(s))b.setAttribute('aria-expanded','false');document.addEventListener('toggle',e=>{const t=e.target;if(t instanceof HTMLElement&&t.id)for(const b of document.querySelectorAll(s))if(b.getAttribute('popovertarget')===t.id)b.setAttribute('aria-expanded',String(e.newState==='open'))},true)`
