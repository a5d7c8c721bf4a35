import type { PlatformMeta } from './types';

export const xiaohongshu = {
  id: 'xiaohongshu',
  hosts: ['xiaohongshu.com'],
  names: { en: 'Xiaohongshu', zh: '小红书' },
  calendarLabel: 'Xiaohongshu',
  postUrls: [{ host: /^xiaohongshu\.com$/, path: /^\/(explore|discovery\/item|user\/profile\/\w+)\/\w+/ }],
  fields: { title: { max: 20, unit: 'chars' }, body: { max: 1_000, unit: 'chars' } },
  compose: { default: 'https://creator.xiaohongshu.com/publish/publish' },
  aliases: ['小红书', 'xhs', 'red', 'rednote'],
  colour: '#ff2442',
  mark: '红书',
} as const satisfies PlatformMeta;
