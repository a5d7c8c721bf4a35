import type { PlatformMeta } from './types';

export const youtube = {
  id: 'youtube',
  hosts: ['youtube.com'],
  names: { en: 'YouTube', zh: 'YouTube' },
  calendarLabel: 'YouTube',
  postUrls: [
    {
      host: /^(m\.)?youtube\.com$/,
      path: /^\/(shorts\/[\w-]+|post\/[\w-]+|(@[\w.-]+|channel\/[\w-]+)\/community)/,
    },
    { host: /^(m\.)?youtube\.com$/, path: /^\/watch$/, param: 'v' },
  ],
  fields: {
    title: { max: 100, unit: 'chars' },
    body: { max: 5_000, unit: 'bytes' },
    comment: { max: 10_000, unit: 'chars' },
  },
  compose: { default: 'https://www.youtube.com/upload' },
  aliases: ['yt', '油管'],
  colour: '#e62117',
  mark: 'YT',
} as const satisfies PlatformMeta;
