import type { PlatformMeta } from './types';

export const tiktok = {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  names: { en: 'TikTok', zh: 'TikTok' },
  calendarLabel: 'TikTok',
  postUrls: [{ host: /(^|\.)tiktok\.com$/, path: /^\/@[\w.-]+\/(video|photo)\/\d+/ }],
  fields: { body: { max: 2_200, unit: 'chars' } },
  compose: { default: 'https://www.tiktok.com/upload' },
  aliases: ['tik tok'],
  colour: '#25c2c2',
  mark: 'TT',
} as const satisfies PlatformMeta;
