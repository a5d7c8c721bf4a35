import type { PlatformMeta } from './types';

export const instagram = {
  id: 'instagram',
  hosts: ['instagram.com'],
  names: { en: 'Instagram', zh: 'Instagram' },
  calendarLabel: 'Instagram',
  postUrls: [{ host: /(^|\.)instagram\.com$/, path: /^\/([\w.]+\/)?(p|reel|reels|tv)\/[\w-]+/ }],
  fields: { body: { max: 2_200, unit: 'chars' } },
  compose: { default: 'https://www.instagram.com/' },
  aliases: ['ig', 'ins', 'insta'],
  colour: '#c13584',
  mark: 'IG',
} as const satisfies PlatformMeta;
