import { byPlatform } from '@/lib/platforms';
import { CONTENT_TYPES, SLOT_STATUSES, type ContentType, type SlotStatus } from './schema';
import { PLATFORM_IDS, type PlatformId } from '../platforms';

// Names people actually type in spreadsheets, English and Chinese, for platforms, content types and statuses.

const PLATFORM_ALIASES = byPlatform((platform) => platform.aliases);

const CONTENT_TYPE_ALIASES: Record<ContentType, string[]> = {
  text: ['post', 'text post', 'status', '文字', '动态', '帖子'],
  image: ['image post', 'photo', 'picture', 'carousel', '图片', '图文', '笔记'],
  video: ['short video', 'reel', 'clip', '视频', '短视频', '长视频'],
  live: ['livestream', 'live stream', 'stream', '直播'],
  story: ['stories', '快拍', '限时动态'],
  article: ['blog', 'long read', 'newsletter', '文章', '长文', '推文', '专栏'],
};

const STATUS_ALIASES: Record<SlotStatus, string[]> = {
  planned: ['plan', 'todo', 'to do', 'scheduled', '计划', '已计划', '待发', '待发布'],
  drafted: ['draft', 'ready', '草稿', '已起草', '待审'],
  published: ['done', 'posted', 'live', '已发布', '已发', '完成'],
  missed: ['late', '错过', '未发', '漏发'],
  skipped: ['skip', 'cancelled', 'canceled', '跳过', '取消'],
};

export function normalizeName(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function lookup<K extends string>(ids: readonly K[], aliases: Record<K, readonly string[]>): Map<string, K> {
  const table = new Map<string, K>();
  for (const id of ids) {
    table.set(normalizeName(id), id);
    for (const alias of aliases[id]) table.set(normalizeName(alias), id);
  }
  return table;
}

const platforms = lookup(PLATFORM_IDS, PLATFORM_ALIASES);
const contentTypes = lookup(CONTENT_TYPES, CONTENT_TYPE_ALIASES);
const statuses = lookup(SLOT_STATUSES, STATUS_ALIASES);

export const platformFromName = (value: string): PlatformId | undefined =>
  platforms.get(normalizeName(value));
export const contentTypeFromName = (value: string): ContentType | undefined =>
  contentTypes.get(normalizeName(value));
export const statusFromName = (value: string): SlotStatus | undefined => statuses.get(normalizeName(value));
