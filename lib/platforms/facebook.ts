import type { PlatformMeta } from './types';

export const facebook = {
  id: 'facebook',
  hosts: ['facebook.com'],
  names: { en: 'Facebook', zh: 'Facebook' },
  calendarLabel: 'Facebook',
  postUrls: [
    {
      host: /(^|\.)facebook\.com$/,
      path: /\/posts\/|\/permalink\/|^\/permalink\.php|\/videos\/|\/photos\/|^\/photo/,
    },
    { host: /(^|\.)facebook\.com$/, path: /^\//, param: 'story_fbid' },
  ],
  fields: { body: { max: 63_206, unit: 'chars' } },
  compose: { default: 'https://www.facebook.com/' },
  aliases: ['fb', '脸书'],
  colour: '#1877f2',
  mark: 'f',
} as const satisfies PlatformMeta;
