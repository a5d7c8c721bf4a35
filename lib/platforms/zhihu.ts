import type { PlatformMeta } from './types';

export const zhihu = {
  id: 'zhihu',
  hosts: ['zhihu.com'],
  names: { en: 'Zhihu', zh: '知乎' },
  calendarLabel: 'Zhihu',
  postUrls: [
    { host: /^zhihu\.com$/, path: /^\/question\/\d+/ },
    { host: /^zhuanlan\.zhihu\.com$/, path: /^\/p\/\d+(?![\d/]*edit)/ },
  ],
  fields: {},
  compose: {
    default: 'https://www.zhihu.com/',
    byContentType: { article: 'https://zhuanlan.zhihu.com/write' },
  },
  aliases: ['知乎'],
  colour: '#0084ff',
  mark: '知乎',
} as const satisfies PlatformMeta;
