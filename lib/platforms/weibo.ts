import type { PlatformMeta } from './types';

export const weibo = {
  id: 'weibo',
  hosts: ['weibo.com'],
  names: { en: 'Weibo', zh: '微博' },
  calendarLabel: 'Weibo',
  postUrls: [{ host: /^(m\.)?weibo\.com$/, path: /^\/(\d+\/[A-Za-z0-9]+\/?$|detail\/\d+)/ }],
  fields: { body: { max: 2_000, unit: 'chars' } },
  compose: { default: 'https://weibo.com/' },
  aliases: ['微博', 'sina weibo', '新浪微博'],
  colour: '#e6162d',
  mark: '微博',
} as const satisfies PlatformMeta;
