import type { PlatformMeta } from './types';

export const douyin = {
  id: 'douyin',
  hosts: ['douyin.com'],
  names: { en: 'Douyin', zh: '抖音' },
  calendarLabel: 'Douyin',
  postUrls: [{ host: /^douyin\.com$/, path: /^\/(video|note)\/\d+/ }],
  fields: {},
  compose: { default: 'https://creator.douyin.com/creator-micro/content/upload' },
  aliases: ['抖音'],
  colour: '#7b61ff',
  mark: '抖音',
} as const satisfies PlatformMeta;
