/**
 * Tone rules measured on the raw draft (exclamations, ALL-CAPS, emoji per sentence, 你 vs 您) and the tone
 * summary built from the lexicon hits the automaton found (sentiment with negation, aggressive words, blame,
 * slang, hedges). Every number in the summary can be traced to the words listed as drivers.
 */
import { emojiEnd, isPictographic } from './emoji';
import { M } from './messages';
import type { ToneProfile } from './schema';
import type { Finding, ToneDriver, ToneSummary } from './types';

export interface ToneHit {
  kind: 'aggressive' | 'blame' | 'slang' | 'hedge' | 'sentiment';
  start: number;
  end: number;
  weight: number;
}

export const DEFAULT_TONE: Required<
  Pick<
    ToneProfile,
    | 'maxExclamations'
    | 'maxAllCapsWords'
    | 'maxEmojiPerSentence'
    | 'sentimentFloor'
    | 'maxHedges'
    | 'formality'
  >
> = {
  maxExclamations: 3,
  maxAllCapsWords: 2,
  maxEmojiPerSentence: 3,
  sentimentFloor: -0.5,
  maxHedges: 2,
  formality: 'neutral',
};

/** Runs of capitalised words ("THIS IS NOT OKAY"), and single long ones ("UNACCEPTABLE"). */
const CAPS_TOKEN = /\b[A-Z]{2,}\b/g;
/** A lone capitalised word this short is read as an acronym (JSON, HTML, AIGC), not as shouting. */
const MAX_ACRONYM = 5;
const SHOUT_MIN = 4;
const EN_NEGATION =
  /\b(?:not|no|never|don't|doesn't|didn't|isn't|wasn't|aren't|can't|won't|cannot|hardly)\s+(?:\S+\s+)?$/i;
const ZH_NEGATORS = '不没别未无';
/** Cap per-rule findings so a pathological draft stays cheap to render. */
const MAX_PER_RULE = 50;

function negated(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before >= 0x3400)
    return (
      ZH_NEGATORS.includes(text[start - 1]) ||
      (start > 1 && ZH_NEGATORS.includes(text[start - 2]) && text.charCodeAt(start - 2) >= 0x3400)
    );
  return EN_NEGATION.test(text.slice(Math.max(0, start - 24), start));
}

function toneFinding(
  kind: Finding['kind'],
  ruleId: string,
  start: number,
  end: number,
  text: string,
  message: Finding['message'],
  explanation: Finding['explanation'],
  severity: Finding['severity'] = 'warn',
  suggestions: string[] = [],
): Finding {
  return {
    ruleId,
    kind,
    list: 'tone',
    category: 'tone',
    severity,
    start,
    end,
    text: text.slice(start, end),
    message,
    explanation,
    suggestions,
  };
}

/** ALL-CAPS words that read as shouting: part of a run of capitalised words, or longer than an acronym. */
function shoutedWords(text: string): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  CAPS_TOKEN.lastIndex = 0;
  for (let m = CAPS_TOKEN.exec(text); m; m = CAPS_TOKEN.exec(text))
    tokens.push([m.index, m.index + m[0].length]);
  const joined = (a: [number, number], b: [number, number]) => /^[ \t]+$/.test(text.slice(a[1], b[0]));
  const out: Array<[number, number]> = [];
  tokens.forEach((token, i) => {
    const length = token[1] - token[0];
    if (length < SHOUT_MIN) return;
    const inRun =
      (i > 0 && joined(tokens[i - 1], token)) || (i + 1 < tokens.length && joined(token, tokens[i + 1]));
    if (inRun || length > MAX_ACRONYM) out.push(token);
  });
  return out;
}

/** Longest hit wins among tone lexicon hits that overlap ("不好" over "好"). */
function longestOfOverlapping(hits: ToneHit[]): ToneHit[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ToneHit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.end <= reach) continue;
    kept.push(hit);
    reach = hit.end;
  }
  return kept;
}

/** A phrase found across sentence punctuation ("有点奇怪，你怎么来了" is not "怪你") is two phrases' pieces. */
function crossesPunctuation(text: string, hit: ToneHit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (isSentenceBreak(text.charCodeAt(i))) return true;
  return false;
}
function isSentenceBreak(c: number): boolean {
  switch (c) {
    case 0x2c:
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x3b:
    case 0x3a:
    case 0x0a:
    case 0x0d:
    case 0xff0c:
    case 0x3002:
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0xff1a:
    case 0x3001:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

/**
 * Compounds in which a default tone word means nothing hostile or slangy. The word segmenter catches more in
 * browsers with a full dictionary; this list keeps the common ones right everywhere.
 */
const INNOCENT_COMPOUNDS: Record<string, string[]> = {
  滚: [
    '滚圆',
    '滚动',
    '滚烫',
    '滚筒',
    '滚轮',
    '滚轴',
    '滚珠',
    '滚石',
    '滚滚',
    '翻滚',
    '打滚',
    '滚雪球',
    '滚瓜烂熟',
    '利滚利',
    '滚落',
    '滚梯',
    '滚刀',
  ],
  垃圾: [
    '垃圾分类',
    '垃圾桶',
    '垃圾箱',
    '垃圾袋',
    '垃圾车',
    '垃圾站',
    '垃圾场',
    '垃圾房',
    '垃圾处理',
    '垃圾回收',
    '垃圾清运',
    '垃圾收集',
    '垃圾焚烧',
    '垃圾填埋',
    '垃圾邮件',
    '垃圾短信',
    '垃圾堆',
    '生活垃圾',
    '厨余垃圾',
    '有害垃圾',
    '干垃圾',
    '湿垃圾',
    '扔垃圾',
    '倒垃圾',
    '捡垃圾',
  ],
  闭嘴: ['闭嘴唇', '紧闭嘴'],
  蠢: ['蠢蠢欲动', '蠢动', '蠢蠢'],
  集美: ['集美区', '集美大学', '集美学村', '集美镇', '集美街道'],
  亲们: ['乡亲们', '父亲们', '母亲们', '双亲们', '至亲们', '宗亲们', '相亲们', '表亲们', '近亲们'],
};

/**
 * A Chinese tone word inside a longer word (滚 in 滚圆, 亲们 in 乡亲们) is not that tone word. Single hanzi are
 * already judged by the word segmenter when matched (compile-terms); longer words by the compounds above.
 */
function insideLongerWord(text: string, hit: ToneHit): boolean {
  // Only Chinese words have compounds listed; an English hit returns before any slicing.
  let han = false;
  for (let i = hit.start; i < hit.end && !han; i++)
    han = text.charCodeAt(i) >= 0x3400 && text.charCodeAt(i) <= 0x9fff;
  if (!han) return false;
  const word = text.slice(hit.start, hit.end);
  // The draft's repeats are folded into one hit ("蠢蠢" for 蠢): look the word up without them.
  for (const compound of INNOCENT_COMPOUNDS[word.replace(/(.)\1+/gu, '$1')] ?? []) {
    for (let at = compound.indexOf(word); at !== -1; at = compound.indexOf(word, at + 1)) {
      if (hit.start - at >= 0 && text.startsWith(compound, hit.start - at)) return true;
    }
  }
  return false;
}

/** Quote marks by code unit: 1 opens (“‘「『《), 2 closes (”’」』》), 3 is the ASCII double quote. */
function quoteKind(c: number): number {
  switch (c) {
    case 0x201c:
    case 0x2018:
    case 0x300c:
    case 0x300e:
    case 0x300a:
      return 1;
    case 0x201d:
    case 0x2019:
    case 0x300d:
    case 0x300f:
    case 0x300b:
      return 2;
    case 0x22:
      return 3;
    default:
      return 0;
  }
}
/** Every mark quoteKind knows. */
const ANY_QUOTE = /["\u2018\u2019\u201c\u201d\u300a-\u300f]/;
/** Quoted stretches of the draft, in order: curly and CJK quotes nest, ASCII double quotes pair up. */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // A native search for any quote mark first: most drafts have none, and then nothing is walked.
  if (!ANY_QUOTE.test(text)) return ranges;
  let depth = 0;
  let openedAt = -1;
  let asciiOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every quote mark is '"', U+2018–201D or U+300A–300F: two compares skip the rest of the draft.
    if (c !== 0x22 && (c < 0x2018 || c > 0x300f || (c > 0x201d && c < 0x300a))) continue;
    const kind = quoteKind(c);
    if (kind === 1) {
      if (depth++ === 0) openedAt = i;
    } else if (kind === 2 && depth > 0) {
      if (--depth === 0) ranges.push([openedAt, i]);
    } else if (kind === 3 && depth === 0) {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        ranges.push([asciiOpen, i]);
        asciiOpen = -1;
      }
    }
  }
  if (depth > 0) ranges.push([openedAt, text.length]);
  if (asciiOpen >= 0) ranges.push([asciiOpen, text.length]);
  return ranges.sort((a, b) => a[0] - b[0]);
}

function insideAny(ranges: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] < at) lo = mid + 1;
    else if (ranges[mid][0] > at) hi = mid - 1;
    else return true;
  }
  return false;
}

const SENTENCE_END = 1;
const MAYBE_EMOJI = 2;
/** Per UTF-16 unit: ends a sentence (. ! ? 。！？ and a line break), may start an emoji, or neither (0, most text). */
const EMOJI_SCAN = new Uint8Array(0x10000);
for (let c = 0x2300; c < 0x10000; c++)
  if (c !== 0xff0c && c !== 0xff1b && (c < 0x3400 || c > 0x9fff)) EMOJI_SCAN[c] = MAYBE_EMOJI;
// A keycap (1️⃣ #️⃣ *️⃣) starts with an ASCII digit, # or *, and ©️ ®️ ‼️ ⁉️ ™️ ℹ️ ↔️ … are emoji.ts's pictographs below
// U+2300: emojiEnd counts either only in its emoji form (with U+FE0F or U+20E3), so ™ and ® in brand copy stay text.
for (const c of [0x23, 0x2a, 0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39])
  EMOJI_SCAN[c] = MAYBE_EMOJI;
for (let c = 0x80; c < 0x2300; c++) if (isPictographic(c)) EMOJI_SCAN[c] = MAYBE_EMOJI;
for (const c of [0x2e, 0x21, 0x3f, 0x3002, 0xff01, 0xff1f, 0x0a]) EMOJI_SCAN[c] = SENTENCE_END;

/**
 * EMOJI_SCAN's MAYBE_EMOJI units as one character class (U+2300 and up, less CJK and ，；。！？), and the
 * keycap mark U+20E3 that every keycap holds (a digit alone is no reason to walk the draft). The U+FE0F that every
 * emoji-form symbol below U+2300 holds is in the U+A000–U+FF00 range.
 */
const MAYBE_EMOJI_ANYWHERE =
  /[\u20e3\u2300-\u3001\u3003-\u33ff\ua000-\uff00\uff02-\uff0b\uff0d-\uff1a\uff1c-\uff1e\uff20-\uffff]/;

/** The kit's tone profile over the defaults, merged once per profile object rather than on every check. */
const merged = new WeakMap<ToneProfile, typeof DEFAULT_TONE & ToneProfile>();
function withDefaults(profile: ToneProfile): typeof DEFAULT_TONE & ToneProfile {
  let p = merged.get(profile);
  if (!p) merged.set(profile, (p = { ...DEFAULT_TONE, ...profile }));
  return p;
}

export function analyzeTone(
  text: string,
  profile: ToneProfile,
  hits: ToneHit[],
  findings: Finding[] | null,
): ToneSummary {
  const p = withDefaults(profile);

  // Exclamation marks (ASCII and full-width).
  const bangs: number[] = [];
  for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) bangs.push(i);
  for (let i = text.indexOf('！'); i !== -1; i = text.indexOf('！', i + 1)) bangs.push(i);
  bangs.sort((a, b) => a - b);
  if (findings && bangs.length > p.maxExclamations) {
    for (const at of bangs.slice(p.maxExclamations, p.maxExclamations + MAX_PER_RULE)) {
      findings.push(
        toneFinding(
          'exclamations',
          'tone:exclamations',
          at,
          at + 1,
          text,
          M.exclamations(bangs.length, p.maxExclamations),
          M.toneExplain('maxExclamations'),
          'info',
        ),
      );
    }
  }

  const caps = shoutedWords(text);
  if (findings && caps.length > p.maxAllCapsWords) {
    for (const [s, e] of caps.slice(0, MAX_PER_RULE)) {
      findings.push(
        toneFinding(
          'all-caps',
          'tone:all-caps',
          s,
          e,
          text,
          M.allCaps(caps.length, p.maxAllCapsWords),
          M.toneExplain('maxAllCapsWords'),
          'info',
          [text.slice(s, e).toLowerCase()],
        ),
      );
    }
  }

  // Emoji per sentence.
  let maxEmoji = 0;
  let sentenceStart = 0;
  let emojiInSentence = 0;
  let emojiFlagged = 0;
  const closeSentence = (endAt: number) => {
    if (emojiInSentence > maxEmoji) maxEmoji = emojiInSentence;
    if (findings && emojiInSentence > p.maxEmojiPerSentence && emojiFlagged++ < MAX_PER_RULE) {
      findings.push(
        toneFinding(
          'emoji',
          'tone:emoji',
          sentenceStart,
          endAt,
          text,
          M.emoji(emojiInSentence, p.maxEmojiPerSentence),
          M.toneExplain('maxEmojiPerSentence'),
          'info',
        ),
      );
    }
    emojiInSentence = 0;
  };
  // Without a character that may start an emoji no sentence has one: a native search skips the walk.
  for (let i = MAYBE_EMOJI_ANYWHERE.test(text) ? 0 : text.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = EMOJI_SCAN[c];
    if (kind === 0) continue;
    if (kind === SENTENCE_END) {
      closeSentence(i + 1);
      sentenceStart = i + 1;
    } else {
      const end = emojiEnd(text, i);
      if (end > i) {
        emojiInSentence++;
        i = end - 1;
      }
    }
  }
  closeSentence(text.length);

  // Formal Chinese addresses one person as 您.
  if (findings && p.formality === 'formal') {
    let flagged = 0;
    for (let i = text.indexOf('你'); i !== -1 && flagged < MAX_PER_RULE; i = text.indexOf('你', i + 1)) {
      if (text[i + 1] === '们') continue;
      flagged++;
      findings.push(
        toneFinding(
          'formality',
          'tone:formality',
          i,
          i + 1,
          text,
          M.formalityYou,
          M.toneExplain('formality'),
          'info',
          ['您'],
        ),
      );
    }
  }

  // Lexicon hits.
  const drivers: ToneDriver[] = [];
  let sum = 0;
  let hedges = 0;
  let aggressive = 0;
  let blame = 0;
  const hedgeHits: ToneHit[] = [];
  let negativeWords = 0;
  // A hit that crosses punctuation or sits inside a longer word is no hit, so it hides nothing under it ("your.fault"
  // keeps "fault"); of the others that overlap the longest wins.
  const kept = longestOfOverlapping(
    hits.filter((hit) => !crossesPunctuation(text, hit) && !insideLongerWord(text, hit)),
  );
  const quotes = kept.some((h) => h.kind === 'sentiment') ? quotedRanges(text) : [];
  for (const hit of kept) {
    const word = text.slice(hit.start, hit.end);
    switch (hit.kind) {
      case 'sentiment': {
        let weight = negated(text, hit.start) ? -hit.weight * 0.75 : hit.weight;
        // Quoted words are someone else's ("they called it “useless”"): they count half.
        if (quotes.length && insideAny(quotes, hit.start)) weight /= 2;
        if (weight < 0) negativeWords++;
        sum += weight;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight });
        break;
      }
      case 'aggressive':
        aggressive++;
        negativeWords++;
        sum -= 2;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight: -2 });
        if (findings && aggressive <= MAX_PER_RULE)
          findings.push(
            toneFinding(
              'aggressive',
              'tone:aggressive',
              hit.start,
              hit.end,
              text,
              M.aggressive(word),
              M.toneExplain('aggressiveWords'),
            ),
          );
        break;
      case 'blame':
        blame++;
        negativeWords++;
        sum -= 2;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight: -2 });
        if (findings && blame <= MAX_PER_RULE)
          findings.push(
            toneFinding(
              'blame',
              'tone:blame',
              hit.start,
              hit.end,
              text,
              M.blame(word),
              M.toneExplain('blamePhrases'),
            ),
          );
        break;
      case 'slang':
        if (findings && p.formality === 'formal')
          findings.push(
            toneFinding(
              'slang',
              'tone:slang',
              hit.start,
              hit.end,
              text,
              M.slang(word),
              M.toneExplain('slang'),
              'info',
            ),
          );
        break;
      case 'hedge':
        hedges++;
        hedgeHits.push(hit);
        break;
    }
  }
  if (findings && hedges > p.maxHedges) {
    for (const hit of hedgeHits.slice(0, MAX_PER_RULE)) {
      findings.push(
        toneFinding(
          'hedge',
          'tone:hedge',
          hit.start,
          hit.end,
          text,
          M.hedge(hedges, p.maxHedges),
          M.toneExplain('hedges'),
          'info',
        ),
      );
    }
  }

  // VADER-style normalisation of the summed weights into -1…1.
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + 15);
  drivers.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  // One negative word does not make a reply hostile: that takes at least two.
  const hostile = score <= -0.5 && negativeWords >= 2;
  const label = hostile ? 'hostile' : score < -0.05 ? 'negative' : score > 0.05 ? 'positive' : 'neutral';
  if (findings && score < p.sentimentFloor && negativeWords >= 2) {
    const negatives = drivers.filter((d) => d.weight < 0);
    const from = Math.min(...negatives.map((d) => d.start));
    const to = Math.max(...negatives.map((d) => d.end));
    const words = negatives
      .slice(0, 5)
      .map((d) => `“${d.text}”`)
      .join(', ');
    findings.push(
      toneFinding('sentiment', 'tone:sentiment', from, to, text, M.sentiment(words), M.sentimentExplain),
    );
  }
  return {
    score,
    label,
    drivers: drivers.slice(0, 20),
    exclamations: bangs.length,
    allCapsWords: caps.length,
    maxEmojiInSentence: maxEmoji,
    hedges,
    aggressiveWords: aggressive,
    blamePhrases: blame,
  };
}
