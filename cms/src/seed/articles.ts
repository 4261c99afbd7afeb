import type { ArticleFields } from '@agency/shared'

export interface ArticleSeed extends ArticleFields {
  /** Slugs of the categories the article is filed under. */
  categories: string[]
}

export const articles: ArticleSeed[] = [
  {
    title: 'Social media marketing: to outsource, or not to outsource?',
    slug: 'social-media-marketing-to-outsource-or-not-to-outsource',
    excerpt: 'Should your company outsource social media? There are some heated disagreements on the matter.',
    author: { name: 'Dana Whitfield', role: 'Head of Social Strategy' },
    publishedDate: '2025-09-18',
    categories: ['social-media', 'content', 'internet-marketing'],
    seo: {
      metaTitle: 'Should you outsource social media marketing?',
      metaDescription: 'In-house staff bring authenticity; outside partners bring objectivity and depth. Why the best social media programs combine both.',
      noIndex: false,
    },
    body: `Trust me, you don't want to see a web geek fight. It's like the gunfight at the OK Corral, except everyone's waving iPhones at each other instead of guns. Not pretty.

Earlier this week, I got into a heated debate with two other online marketers. For a minute there, I thought someone was going to throw down. So what was the subject that got all our dander up? Whether or not a company should outsource their social media marketing.

In one corner, we had the argument that social media is all about being transparent and authentic. According to this argument, only a company's internal staff should be posting to corporate blogs and social media accounts, and ideally it should be the CEO.

The marketer with the second perspective nearly had a fit at the idea of making the CEO blog. Why task your CEO with blogging and social media? His or her time is at a premium and better spent managing and directing the business.

Somewhere in between, was my own perspective.

In my experience, a rich and productive social media program has many moving parts and many goals. Some of those moving parts, and some of those goals, are best outsourced and others are best kept in house. One good example: monitoring review sites for negative feedback about your company. An external partner not only has the specialized resources to do a more thorough job, they have the objectivity and distance to not jump in with an emotional (and often counterproductive) rebuttal. However, a blog whose purpose is evangelizing clients and employees with a sense of the company's culture and mission—absolutely, the ideal person for that job is your internal leadership. But even in that case, your leadership might need outside support to do it well—training in how to use social tools, social media etiquette, accountability on posting regularly and a second-look editorial perspective.

Also, the goals of a social media initiative will vary WILDLY depending on the company in question, as will their internal resources, understanding of social media and availability.

In my opinion, usually the best possible scenario is a company working strategically with external partners. The internal staff brings authenticity, a sense of ownership, and access to resolution for customer service or quality issues. The external partners bring objectivity, a deeper understanding of the social space, and out-of-the-box thinking to the table. When you combine these forces, everyone works from their strengths to create a rock-solid, efficient social presence that delivers the best results for your company.
`,
  },
]
