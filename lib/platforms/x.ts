import type { PlatformMeta } from './types';

export const x = {
  id: 'x',
  hosts: ['x.com', 'twitter.com'],
  names: { en: 'X', zh: 'X' },
  calendarLabel: 'X',
  postUrls: [{ host: /^(x|twitter)\.com$/, path: /^\/\w{1,15}\/status\/\d+/ }],
  fields: { body: { max: 280, unit: 'weighted' }, reply: { max: 280, unit: 'weighted' } },
  compose: { default: 'https://x.com/compose/post' },
  aliases: ['twitter', '推特', 'x.com'],
  colour: '#1f2330',
  mark: 'X',
} as const satisfies PlatformMeta;
