import type { PlatformMeta } from './types';

export const reddit = {
  id: 'reddit',
  hosts: ['reddit.com'],
  names: { en: 'Reddit', zh: 'Reddit' },
  calendarLabel: 'Reddit',
  postUrls: [{ host: /(^|\.)reddit\.com$/, path: /^\/r\/\w+\/comments\/\w+/ }],
  fields: { title: { max: 300, unit: 'chars' }, body: { max: 40_000, unit: 'chars' } },
  compose: { default: 'https://www.reddit.com/submit' },
  aliases: [],
  colour: '#ff4500',
  mark: 'r',
} as const satisfies PlatformMeta;
