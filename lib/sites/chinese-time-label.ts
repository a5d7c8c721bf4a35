// Chinese sites label comments by age, not by date: "刚刚", "5分钟前", "1小时前上海", "昨天 15:59湖北", "05-29",
// "2025-08-23" (Xiaohongshu's .comment-item .date, with the commenter's region glued on). Read in the page's local
// time; an age label gives its lower bound ("1小时前" is at least an hour ago), so a response time is never inflated.

const MINUTE = 60_000;
const AGO_UNIT_MS: Record<string, number> = { 分钟: MINUTE, 小时: 60 * MINUTE, 天: 24 * 60 * MINUTE };
const DAYS_BACK: Record<string, number> = { 今天: 0, 昨天: 1, 前天: 2 };

/** When a comment labelled `label` was posted (ms since epoch), or undefined for a label that is not a time. */
export function chineseTimeLabel(label: string | undefined, now: number = Date.now()): number | undefined {
  const text = label?.trim();
  if (!text) return undefined;
  if (text.startsWith('刚刚')) return now;
  const ago = text.match(/^(\d+)\s*(分钟|小时|天)前/);
  if (ago) return now - Number(ago[1]) * AGO_UNIT_MS[ago[2]];
  const today = new Date(now);
  const day = text.match(/^(今天|昨天|前天)\s*(\d{1,2}):(\d{2})/);
  if (day)
    return new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - DAYS_BACK[day[1]],
      Number(day[2]),
      Number(day[3]),
    ).getTime();
  const full = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (full) return new Date(Number(full[1]), Number(full[2]) - 1, Number(full[3])).getTime();
  const short = text.match(/^(\d{1,2})-(\d{1,2})/);
  if (!short) return undefined;
  // "MM-DD" is this year's, unless that is still ahead (a label from last December read in January).
  const thisYear = new Date(today.getFullYear(), Number(short[1]) - 1, Number(short[2])).getTime();
  return thisYear <= now
    ? thisYear
    : new Date(today.getFullYear() - 1, Number(short[1]) - 1, Number(short[2])).getTime();
}
