import type { PlatformMeta } from './types';

export const generic = {
  id: 'generic',
  hosts: [],
  names: { en: 'Other sites', zh: '其他网站' },
  calendarLabel: 'Post',
  postUrls: [],
  fields: {},
  aliases: ['other', '其他', '其它'],
  colour: '#98a2b3',
  mark: '…',
} as const satisfies PlatformMeta;
