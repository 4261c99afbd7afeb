/** Built once: creating a formatter is far costlier than formatting, and every article card needs one. */
const longDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

/** A calendar date from the CMS (YYYY-MM-DD) as readers write it: "March 4, 2024". */
export function formatLongDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T12:00:00Z`))
}
