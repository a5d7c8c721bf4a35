/**
 * Tone rules measured on the raw draft (exclamations, ALL-CAPS, emoji per sentence, 你 vs 您) and the tone
 * summary built from the lexicon hits the automaton found (sentiment with negation, aggressive words, blame,
 * slang, hedges). Every number in the summary can be traced to the words listed as drivers.
 */
import { emojiEnd } from './emoji';
import { M } from './messages';
import type { ToneProfile } from './schema';
import type { Finding, ToneDriver, ToneSummary } from './types';

export interface ToneHit {
  kind: 'aggressive' | 'blame' | 'slang' | 'hedge' | 'sentiment';
  start: number;
  end: number;
  weight: number;
}

export const DEFAULT_TONE: Required<Pick<ToneProfile, 'maxExclamations' | 'maxAllCapsWords' | 'maxEmojiPerSentence' | 'sentimentFloor' | 'maxHedges' | 'formality'>> = {
  maxExclamations: 3,
  maxAllCapsWords: 2,
  maxEmojiPerSentence: 3,
  sentimentFloor: -0.5,
  maxHedges: 2,
  formality: 'neutral',
};

const ALL_CAPS_WORD = /\b[A-Z]{4,}\b/g;
const EN_NEGATION = /\b(?:not|no|never|don't|doesn't|didn't|isn't|wasn't|aren't|can't|won't|cannot|hardly)\s+(?:\S+\s+)?$/i;
const ZH_NEGATORS = '不没别未无';
/** Cap per-rule findings so a pathological draft stays cheap to render. */
const MAX_PER_RULE = 50;

function negated(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before >= 0x3400) return ZH_NEGATORS.includes(text[start - 1]) || (start > 1 && ZH_NEGATORS.includes(text[start - 2]) && text.charCodeAt(start - 2) >= 0x3400);
  return EN_NEGATION.test(text.slice(Math.max(0, start - 24), start));
}

function toneFinding(kind: Finding['kind'], ruleId: string, start: number, end: number, text: string, message: Finding['message'], explanation: Finding['explanation'], severity: Finding['severity'] = 'warn', suggestions: string[] = []): Finding {
  return { ruleId, kind, list: 'tone', category: 'tone', severity, start, end, text: text.slice(start, end), message, explanation, suggestions };
}

export function analyzeTone(text: string, profile: ToneProfile, hits: ToneHit[], findings: Finding[] | null): ToneSummary {
  const p = { ...DEFAULT_TONE, ...profile };

  // Exclamation marks (ASCII and full-width).
  const bangs: number[] = [];
  for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) bangs.push(i);
  for (let i = text.indexOf('！'); i !== -1; i = text.indexOf('！', i + 1)) bangs.push(i);
  bangs.sort((a, b) => a - b);
  if (findings && bangs.length > p.maxExclamations) {
    for (const at of bangs.slice(p.maxExclamations, p.maxExclamations + MAX_PER_RULE)) {
      findings.push(toneFinding('exclamations', 'tone:exclamations', at, at + 1, text, M.exclamations(bangs.length, p.maxExclamations), M.toneExplain('maxExclamations'), 'info'));
    }
  }

  const caps: Array<[number, number]> = [];
  ALL_CAPS_WORD.lastIndex = 0;
  for (let m = ALL_CAPS_WORD.exec(text); m; m = ALL_CAPS_WORD.exec(text)) caps.push([m.index, m.index + m[0].length]);
  if (findings && caps.length > p.maxAllCapsWords) {
    for (const [s, e] of caps.slice(0, MAX_PER_RULE)) {
      findings.push(toneFinding('all-caps', 'tone:all-caps', s, e, text, M.allCaps(caps.length, p.maxAllCapsWords), M.toneExplain('maxAllCapsWords'), 'info', [text.slice(s, e).toLowerCase()]));
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
      findings.push(toneFinding('emoji', 'tone:emoji', sentenceStart, endAt, text, M.emoji(emojiInSentence, p.maxEmojiPerSentence), M.toneExplain('maxEmojiPerSentence'), 'info'));
    }
    emojiInSentence = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0a) {
      closeSentence(i + 1);
      sentenceStart = i + 1;
    } else if (c >= 0x2300 && c !== 0xff0c && c !== 0xff1b && (c < 0x3400 || c > 0x9fff)) {
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
      findings.push(toneFinding('formality', 'tone:formality', i, i + 1, text, M.formalityYou, M.toneExplain('formality'), 'info', ['您']));
    }
  }

  // Lexicon hits.
  const drivers: ToneDriver[] = [];
  let sum = 0;
  let hedges = 0;
  let aggressive = 0;
  let blame = 0;
  const hedgeHits: ToneHit[] = [];
  for (const hit of hits) {
    const word = text.slice(hit.start, hit.end);
    switch (hit.kind) {
      case 'sentiment': {
        const weight = negated(text, hit.start) ? -hit.weight * 0.75 : hit.weight;
        sum += weight;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight });
        break;
      }
      case 'aggressive':
        aggressive++;
        sum -= 2;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight: -2 });
        if (findings && aggressive <= MAX_PER_RULE) findings.push(toneFinding('aggressive', 'tone:aggressive', hit.start, hit.end, text, M.aggressive(word), M.toneExplain('aggressiveWords')));
        break;
      case 'blame':
        blame++;
        sum -= 2;
        drivers.push({ text: word, start: hit.start, end: hit.end, weight: -2 });
        if (findings && blame <= MAX_PER_RULE) findings.push(toneFinding('blame', 'tone:blame', hit.start, hit.end, text, M.blame(word), M.toneExplain('blamePhrases')));
        break;
      case 'slang':
        if (findings && p.formality === 'formal') findings.push(toneFinding('slang', 'tone:slang', hit.start, hit.end, text, M.slang(word), M.toneExplain('slang'), 'info'));
        break;
      case 'hedge':
        hedges++;
        hedgeHits.push(hit);
        break;
    }
  }
  if (findings && hedges > p.maxHedges) {
    for (const hit of hedgeHits.slice(0, MAX_PER_RULE)) {
      findings.push(toneFinding('hedge', 'tone:hedge', hit.start, hit.end, text, M.hedge(hedges, p.maxHedges), M.toneExplain('hedges'), 'info'));
    }
  }

  // VADER-style normalisation of the summed weights into -1…1.
  const score = sum === 0 ? 0 : sum / Math.sqrt(sum * sum + 15);
  drivers.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start);
  const label = score <= -0.5 ? 'hostile' : score < -0.05 ? 'negative' : score > 0.05 ? 'positive' : 'neutral';
  if (findings && score < p.sentimentFloor) {
    const negatives = drivers.filter((d) => d.weight < 0);
    const from = Math.min(...negatives.map((d) => d.start));
    const to = Math.max(...negatives.map((d) => d.end));
    const words = negatives.slice(0, 5).map((d) => `“${d.text}”`).join(', ');
    findings.push(toneFinding('sentiment', 'tone:sentiment', from, to, text, M.sentiment(score, p.sentimentFloor, words), M.sentimentExplain));
  }
  return { score, label, drivers: drivers.slice(0, 20), exclamations: bangs.length, allCapsWords: caps.length, maxEmojiInSentence: maxEmoji, hedges, aggressiveWords: aggressive, blamePhrases: blame };
}
