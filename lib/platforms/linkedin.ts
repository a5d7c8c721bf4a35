import type { PlatformMeta } from './types';

export const linkedin = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  names: { en: 'LinkedIn', zh: '领英' },
  calendarLabel: 'LinkedIn',
  postUrls: [{ host: /(^|\.)linkedin\.com$/, path: /^\/(feed\/update|posts)\// }],
  fields: { body: { max: 3_000, unit: 'chars' }, comment: { max: 1_250, unit: 'chars' } },
  compose: {
    default: 'https://www.linkedin.com/feed/?shareActive=true',
    byContentType: { article: 'https://www.linkedin.com/article/new/' },
  },
  aliases: ['领英'],
  colour: '#0a66c2',
  mark: 'in',
} as const satisfies PlatformMeta;
