import type { PlatformMeta } from './types';

export const bilibili = {
  id: 'bilibili',
  hosts: ['bilibili.com'],
  names: { en: 'Bilibili', zh: '哔哩哔哩' },
  calendarLabel: 'Bilibili',
  postUrls: [
    { host: /^bilibili\.com$/, path: /^\/(video\/(BV\w+|av\d+)|opus\/\d+)/ },
    { host: /^t\.bilibili\.com$/, path: /^\/\d+/ },
  ],
  fields: { title: { max: 80, unit: 'chars' } },
  maxHashtags: 10,
  compose: {
    default: 'https://member.bilibili.com/platform/upload/video/frame',
    byContentType: {
      text: 'https://t.bilibili.com/',
      image: 'https://t.bilibili.com/',
      live: 'https://link.bilibili.com/p/center/index',
    },
  },
  aliases: ['b站', '哔哩哔哩', 'bili', 'b 站'],
  colour: '#fb7299',
  mark: 'B站',
} as const satisfies PlatformMeta;
