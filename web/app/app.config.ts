export default defineAppConfig({
  site: {
    /** Shown where the CMS cannot be asked, such as the error page while it is down. */
    fallbackName: 'Kestrel Digital',
  },
})
