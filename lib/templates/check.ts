/**
 * Checking a template against the brand kit: each language version is filled with sample values and checked
 * on every platform it is written for (its variants included), so a template that breaks the kit shows why.
 * Takes the compiled checker as a parameter so this file does not pull the engine into the content script.
 */
import type { Checker, Finding } from '@/lib/engine';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { customFields } from './body';
import type { DateLanguage } from './dates';
import { bodyFor, fillBody, type FillContext } from './fill';
import type { Template } from './schema';

export interface TemplateFinding {
  platform: PlatformId;
  language: DateLanguage;
  /** The filled text that was checked; finding offsets point into it. */
  text: string;
  finding: Finding;
}

/** Sample values for previews and checks; fill-in fields show their label in ‹ › so they stand out. */
export function sampleContext(
  template: Pick<Template, 'body' | 'variants'>,
  language: DateLanguage,
  brand: string,
  myName: string,
  now: number,
): FillContext {
  const custom: Record<string, string> = {};
  for (const body of [template.body, ...Object.values(template.variants ?? {})]) {
    for (const label of customFields(body ?? '')) custom[label] = `‹${label}›`;
  }
  return {
    author: language === 'zh' ? '小林' : 'Alex',
    brand: brand || (language === 'zh' ? '我的品牌' : 'My brand'),
    myName: myName || (language === 'zh' ? '小周' : 'Sam'),
    now,
    custom,
  };
}

/** The platforms to check a template on: its own list plus its variants, or "generic" when it suits all. */
function platformsToCheck(template: Template): PlatformId[] {
  const set = new Set<PlatformId>(template.platforms);
  for (const platform of PLATFORM_IDS) if (template.variants?.[platform]) set.add(platform);
  if (template.platforms.length === 0) set.add('generic');
  return [...set];
}

/** Every finding the kit raises on the template; identical findings on several platforms are reported once. */
export function checkTemplate(
  checker: Checker,
  template: Template,
  options: { brand: string; myName: string; now?: number },
): TemplateFinding[] {
  const languages: DateLanguage[] = template.language === 'both' ? ['en', 'zh'] : [template.language];
  const now = options.now ?? Date.now();
  const out: TemplateFinding[] = [];
  const seen = new Set<string>();
  for (const language of languages) {
    const context = sampleContext(template, language, options.brand, options.myName, now);
    for (const platform of platformsToCheck(template)) {
      const { text } = fillBody(bodyFor(template, platform), context, language);
      for (const finding of checker.check(text, { platform, field: 'body' })) {
        const key = `${finding.ruleId}|${finding.text}|${text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ platform, language, text, finding });
      }
    }
  }
  return out;
}
