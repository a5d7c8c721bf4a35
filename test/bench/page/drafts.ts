// The 2,000-character drafts the typing runs start from: a long announcement in English (X, Draft.js) and in
// Chinese (Weibo, textarea), each with a couple of phrases the starter kit flags, so checks produce findings,
// highlights and a length counter like a real long draft would.

const ENGLISH = [
  'Big news for everyone who writes to our community every day.',
  'Starting today the new release is rolling out to all customers in twelve regions,',
  'with faster replies, saved templates and a calendar that knows your posting plan.',
  'We read every comment you left on the beta, and the best one was simply: damn, that is quick.',
  'Thanks to the support team for answering questions late into the night.',
  'If something looks off, reply here or write to help@example.com and we will fix it.',
];

const CHINESE = [
  '各位朋友大家好，今天我们正式发布新版本，感谢一路以来的支持和反馈。',
  '这次更新带来了更快的回复、可保存的模板以及了解发布计划的日历功能。',
  '很多用户说这是全网第一好用的工具，我们会继续努力把细节做好。',
  '如果遇到任何问题，欢迎在评论区留言或者私信客服，我们会尽快处理。',
  '活动期间下单的订单将在下周送达，具体时间请留意短信通知。',
];

function draftOf(sentences: string[], separator: string, length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++)
    text += (text ? separator : '') + sentences[i % sentences.length];
  return text.slice(0, length);
}

export const ENGLISH_DRAFT = draftOf(ENGLISH, ' ', 2000);
export const CHINESE_DRAFT = draftOf(CHINESE, '', 2000);

/** What is typed at the end of the draft, one key at a time (keyboard keys, so real keydown/input events). */
export const TYPED = ' and we hope you enjoy using it as much as we enjoyed making it for you';
