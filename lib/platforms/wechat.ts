import type { PlatformMeta } from './types';

export const wechat = {
  id: 'wechat',
  hosts: ['mp.weixin.qq.com'],
  exactHosts: true,
  names: { en: 'WeChat Official Accounts', zh: '微信公众号' },
  calendarLabel: 'WeChat',
  postUrls: [],
  fields: {
    title: { max: 64, unit: 'chars' },
    author: { max: 8, unit: 'chars' },
    digest: { max: 120, unit: 'chars' },
  },
  compose: { default: 'https://mp.weixin.qq.com/' },
  aliases: [
    'weixin',
    '微信',
    '公众号',
    '微信公众号',
    'wechat official account',
    'wechat oa',
    '服务号',
    '订阅号',
  ],
  colour: '#07c160',
  mark: '微信',
} as const satisfies PlatformMeta;
