import { describe, expect, it } from 'vitest';
import { KIT_VERSION, buildStarterKit, compileKit, type CheckOptions, type Finding } from '@/lib/engine';
import { GENERIC, kitWith } from './helpers';

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);

describe('preferred terms', () => {
  const checker = compileKit(
    kitWith({
      preferredTerms: [
        { term: 'users', replacement: 'customers' },
        { term: 'APP', replacement: 'App', caseSensitive: true },
        { term: '用户', replacement: '会员' },
      ],
    }),
  );

  it('suggests the replacement, keeping the draft’s capitalisation', () => {
    const [a, b, c] = checker.check('Users love it. USERS too. users!', { platform: 'generic' });
    expect([a.suggestions, b.suggestions, c.suggestions]).toEqual([
      ['Customers'],
      ['CUSTOMERS'],
      ['customers'],
    ]);
    expect(a).toMatchObject({ list: 'preferred', kind: 'substitution', severity: 'info', start: 0, end: 5 });
  });

  it('honours case-sensitive entries and whole words', () => {
    expect(ids(checker.check('Get the APP today', { platform: 'generic' }))).toEqual(['preferred:APP']);
    expect(checker.check('Get the App or the app, apply now', { platform: 'generic' })).toEqual([]);
    expect(checker.check('superusers', { platform: 'generic' })).toEqual([]);
  });

  it('a one-letter capital is capitalised, not shouted; the replacement of a word without letters is kept as written', () => {
    const cased = compileKit(
      kitWith({
        preferredTerms: [
          { term: 'u', replacement: 'you' },
          { term: '微信', replacement: 'WeChat' },
          { term: 'APP', replacement: 'App', caseSensitive: true },
        ],
      }),
    );
    expect(cased.check('U said 微信 APP', GENERIC).map((f) => [f.text, f.suggestions])).toEqual([
      ['U', ['You']],
      ['微信', ['WeChat']],
      ['APP', ['App']],
    ]);
    expect(cased.check('u', GENERIC)[0]).toMatchObject({ category: 'style', severity: 'info' });
  });

  it('the case of the draft’s first letter carries over, not that of the letters after it', () => {
    const mail = compileKit(kitWith({ preferredTerms: [{ term: 'email', replacement: 'e-mail' }] }));
    expect(mail.check('eMail Email EMAIL', GENERIC).map((f) => f.suggestions[0])).toEqual([
      'e-mail',
      'E-mail',
      'E-MAIL',
    ]);
  });

  it('works in Chinese', () => {
    const [finding] = checker.check('感谢各位用户', { platform: 'weibo' });
    expect(finding).toMatchObject({ text: '用户', suggestions: ['会员'], start: 4, end: 6 });
    expect(finding.message.zh).toContain('会员');
  });
});

describe('user patterns (RE2)', () => {
  const checker = compileKit(
    kitWith({
      patterns: [
        {
          id: 'coupon',
          pattern: 'SAVE[0-9]{2}',
          caseInsensitive: true,
          severity: 'warn',
          message: { en: 'Expired coupon', zh: '优惠码已过期' },
          suggestions: ['SPRING25'],
        },
      ],
    }),
  );

  it('finds every match with UTF-16 offsets', () => {
    const text = '😀 use save10 or SAVE20';
    const findings = checker.check(text, { platform: 'generic' });
    expect(findings.map((f) => [f.start, f.end, f.text])).toEqual([
      [7, 13, 'save10'],
      [17, 23, 'SAVE20'],
    ]);
    expect(findings[0]).toMatchObject({
      list: 'pattern',
      kind: 'pattern',
      message: { en: 'Expired coupon', zh: '优惠码已过期' },
      suggestions: ['SPRING25'],
    });
  });

  it('a pattern without a category is filed under custom, and one without suggestions offers no fix', () => {
    const found = compileKit(
      kitWith({
        patterns: [
          { id: 'order', pattern: 'ORD-[0-9]+', severity: 'info', message: 'order' },
          { id: 'promise', pattern: 'guaranteed', severity: 'block', message: 'claim', category: 'legal' },
        ],
      }),
    ).check('ORD-1 guaranteed', GENERIC);
    expect(found.map((f) => [f.ruleId, f.list, f.category, f.severity, f.suggestions])).toEqual([
      ['pattern:order', 'pattern', 'custom', 'info', []],
      ['pattern:promise', 'pattern', 'legal', 'block', []],
    ]);
  });

  it('a pattern matches case as written unless the kit says otherwise', () => {
    const cased = compileKit(
      kitWith({ patterns: [{ id: 'order', pattern: 'ORD-[0-9]+', severity: 'info', message: 'order' }] }),
    );
    expect(cased.check('ord-1 Ord-2 ORD-3', GENERIC).map((f) => f.text)).toEqual(['ORD-3']);
  });

  it('a kit built in code with a pattern RE2 refuses skips that pattern and checks with the rest', () => {
    const kit = kitWith({
      patterns: [
        { id: 'broken', pattern: 'SAVE(', severity: 'warn', message: 'broken' },
        { id: 'coupon', pattern: 'SAVE[0-9]{2}', severity: 'warn', message: 'coupon' },
      ],
      privacy: { custom: [{ id: 'broken', label: 'x', pattern: '(x' }] },
    });
    expect(ids(compileKit(kit).check('SAVE10 (x', GENERIC))).toEqual(['pattern:coupon']);
  });

  it('a pattern that would backtrack catastrophically in JS stays linear', () => {
    const evil = compileKit(
      kitWith({ patterns: [{ id: 'evil', pattern: '(a+)+$', severity: 'info', message: 'x' }] }),
    );
    const start = performance.now();
    evil.check(`${'a'.repeat(5_000)}!`, { platform: 'generic' });
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('tone', () => {
  const checker = compileKit(buildStarterKit({ packs: ['tone-friendly-professional'], name: 'T' }));
  const tone = (text: string) => checker.analyze(text, { platform: 'generic' });

  it('counts exclamation marks beyond the limit (ASCII and full-width)', () => {
    const { findings, tone: summary } = tone('Great!! Really！ Yes!');
    expect(summary.exclamations).toBe(4);
    expect(findings.filter((f) => f.kind === 'exclamations').map((f) => f.start)).toEqual([14, 19]);
  });

  it('flags ALL-CAPS words and emoji-heavy sentences', () => {
    const { findings, tone: summary } = tone('THIS IS NOT OKAY 😀😀😀. Fine 😀.');
    expect(summary.allCapsWords).toBe(2);
    expect(findings.filter((f) => f.kind === 'all-caps').map((f) => f.text)).toEqual(['THIS', 'OKAY']);
    expect(summary.maxEmojiInSentence).toBe(3);
    expect(findings.filter((f) => f.kind === 'emoji')).toHaveLength(1);
  });

  it('sentiment floor: a hostile reply is flagged and explained by its words', () => {
    const { findings, tone: summary } = tone('This is pathetic and useless, what a terrible idea');
    expect(summary.label).toBe('hostile');
    expect(summary.drivers.map((d) => d.text)).toEqual(['pathetic', 'useless', 'terrible']);
    const sentiment = findings.find((f) => f.kind === 'sentiment');
    expect(sentiment?.message.en).toMatch(/pathetic/);
    expect(sentiment?.message.zh).toMatch(/pathetic/);
  });

  it('negation flips sentiment (not bad, 不满意)', () => {
    expect(tone('not bad at all').tone.score).toBeGreaterThan(0);
    expect(tone('我们很满意').tone.score).toBeGreaterThan(0);
    expect(tone('我们不满意').tone.score).toBeLessThan(0);
  });

  it('a warm apology is not hostile', () => {
    const { findings, tone: summary } = tone('Sorry about the bad experience, thanks for your patience.');
    expect(summary.label).not.toBe('hostile');
    expect(findings.filter((f) => f.kind === 'sentiment')).toEqual([]);
  });

  it('aggressive words and blame phrases, EN and ZH', () => {
    expect(tone('Shut up, you people never read').findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['aggressive', 'blame']),
    );
    const zh = tone('这是你自己的问题，闭嘴');
    expect(zh.findings.filter((f) => f.kind === 'blame').map((f) => f.text)).toEqual(['你自己的问题']);
    expect(zh.findings.filter((f) => f.kind === 'aggressive').map((f) => f.text)).toEqual(['闭嘴']);
    expect(zh.tone.blamePhrases).toBe(1);
  });

  it('formality: 你 → 您 (not 你们), slang — when the kit asks for formal', () => {
    const starter = buildStarterKit({ packs: ['tone-friendly-professional'], name: 'T' });
    const formal = compileKit({ ...starter, tone: { ...starter.tone, formality: 'formal' } });
    const { findings } = formal.analyze('你好，你们的订单已发货，yyds', { platform: 'generic' });
    expect(findings.filter((f) => f.kind === 'formality').map((f) => [f.start, f.suggestions])).toEqual([
      [0, ['您']],
    ]);
    expect(findings.filter((f) => f.kind === 'slang').map((f) => f.text)).toEqual(['yyds']);
  });

  it('hedges beyond the limit', () => {
    const { findings, tone: summary } = tone('Maybe it works, I think, probably. 也许吧');
    expect(summary.hedges).toBe(4);
    expect(findings.filter((f) => f.kind === 'hedge')).toHaveLength(4);
  });

  it('single-hanzi tone words respect word boundaries (滚 vs 滚动)', () => {
    expect(tone('页面滚动很流畅').findings.filter((f) => f.kind === 'aggressive')).toEqual([]);
    expect(
      tone('滚！')
        .findings.filter((f) => f.kind === 'aggressive')
        .map((f) => f.text),
    ).toEqual(['滚']);
  });
});

describe('privacy detectors (on by default)', () => {
  const checker = compileKit(buildStarterKit({ packs: [], name: 'P' }));
  const defaults = compileKit({
    ...buildStarterKit({ packs: ['privacy'] }),
    privacy: {
      custom: [{ id: 'order', label: { en: 'an order number', zh: '订单号' }, pattern: 'ORD-[0-9]{6}' }],
    },
  });
  const kinds = (text: string) =>
    defaults.check(text, { platform: 'generic' }).map((f) => `${f.kind}:${f.text}`);

  it('e-mail', () => {
    expect(kinds('mail me at jane.doe+x@example.co.uk.')).toEqual(['email:jane.doe+x@example.co.uk']);
    expect(kinds('@handle and a@b')).toEqual([]);
  });

  it('phones: CN mobile (plain, grouped, +86) and international', () => {
    expect(kinds('电话13800138000')).toEqual(['phone:13800138000']);
    expect(kinds('call 138 0013 8000 or +86 138-0013-8000')).toEqual([
      'phone:138 0013 8000',
      'phone:+86 138-0013-8000',
    ]);
    expect(kinds('UK: +44 20 7946 0958')).toEqual(['phone:+44 20 7946 0958']);
    expect(kinds('sold 12345678901 units in 2024')).toEqual([]);
  });

  it('Chinese resident ID with checksum', () => {
    expect(kinds('身份证 11010519491231002X')).toEqual(['cn-id:11010519491231002X']);
    expect(kinds('身份证 110105194912310021')).toEqual([]); // wrong check digit
  });

  it('bank cards pass Luhn', () => {
    expect(kinds('card 4111 1111 1111 1111')).toEqual(['bank-card:4111 1111 1111 1111']);
    expect(kinds('卡号6222021234567890128')).toEqual(['bank-card:6222021234567890128']);
    expect(kinds('卡号6222021234567890127')).toEqual([]);
    expect(kinds('card 4111 1111 1111 1112')).toEqual([]);
  });

  it('custom detectors (order numbers)', () => {
    const [finding] = defaults.check('ref ORD-123456', { platform: 'generic' });
    expect(finding).toMatchObject({
      ruleId: 'privacy:custom:order',
      kind: 'custom-detector',
      text: 'ORD-123456',
    });
    expect(finding.message.zh).toContain('订单号');
  });

  it('can be switched off', () => {
    expect(checker.check('13800138000 a@b.com', { platform: 'generic' })).toEqual([]);
  });

  const everyKind = 'a@b.co 13800138000 11010519491231002X 4111 1111 1111 1111';

  it('resident IDs and bank cards block, phones and e-mails warn; all are filed under privacy', () => {
    expect(defaults.check(everyKind, GENERIC).map((f) => [f.kind, f.severity, f.list, f.category])).toEqual([
      ['email', 'warn', 'privacy', 'privacy'],
      ['phone', 'warn', 'privacy', 'privacy'],
      ['cn-id', 'block', 'privacy', 'privacy'],
      ['bank-card', 'block', 'privacy', 'privacy'],
    ]);
  });

  it('each detector can be switched off alone, kit-wide or on one platform', () => {
    const kindsWithout = (off: 'email' | 'phone' | 'cnId' | 'bankCard') =>
      compileKit(kitWith({ privacy: { [off]: false } }))
        .check(everyKind, GENERIC)
        .map((f) => f.kind);
    expect(kindsWithout('email')).toEqual(['phone', 'cn-id', 'bank-card']);
    expect(kindsWithout('phone')).toEqual(['email', 'cn-id', 'bank-card']);
    expect(kindsWithout('cnId')).toEqual(['email', 'phone', 'bank-card']);
    expect(kindsWithout('bankCard')).toEqual(['email', 'phone', 'cn-id']);
    const weiboNoPhone = compileKit(
      kitWith({ privacy: {}, platforms: { weibo: { privacy: { phone: false } } } }),
    );
    expect(weiboNoPhone.check(everyKind, { platform: 'weibo' }).map((f) => f.kind)).toEqual([
      'email',
      'cn-id',
      'bank-card',
    ]);
    expect(weiboNoPhone.check(everyKind, GENERIC).map((f) => f.kind)).toEqual([
      'email',
      'phone',
      'cn-id',
      'bank-card',
    ]);
  });

  it('a kit that checks one kind only finds that kind', () => {
    const only = (kind: 'email' | 'phone' | 'cnId' | 'bankCard') =>
      compileKit(
        kitWith({ privacy: { email: false, phone: false, cnId: false, bankCard: false, [kind]: true } }),
      )
        .check(everyKind, GENERIC)
        .map((f) => f.kind);
    expect(only('email')).toEqual(['email']);
    expect(only('phone')).toEqual(['phone']);
    expect(only('cnId')).toEqual(['cn-id']);
    expect(only('bankCard')).toEqual(['bank-card']);
  });

  it('e-mail switched off takes none of the 1,000 findings’ room: a phone after 1,000 addresses is found', () => {
    const text = `${'a@b.co '.repeat(1000)}13800138000`;
    const noEmail = compileKit(kitWith({ privacy: { email: false } }));
    expect(noEmail.check(text, GENERIC).map((f) => f.kind)).toEqual(['phone']);
    // With e-mail on, a check reports at most 1,000 personal values.
    expect(compileKit(kitWith({ privacy: {} })).check(`${text} a@b.co`, GENERIC)).toHaveLength(1000);
  });

  it('a custom detector warns unless the kit says otherwise; a platform’s detectors add to the kit’s there', () => {
    const kit = kitWith({
      privacy: {
        custom: [
          { id: 'order', label: 'order number', pattern: 'ORD-[0-9]{6}' },
          { id: 'member', label: 'member id', pattern: 'M[0-9]{5}', severity: 'block' },
        ],
      },
      platforms: {
        weibo: { privacy: { custom: [{ id: 'ticket', label: 'ticket', pattern: 'T[0-9]{4}' }] } },
      },
    });
    const text = 'ORD-123456 M12345 T1234';
    const found = (platform: CheckOptions['platform']) =>
      compileKit(kit)
        .check(text, { platform })
        .map((f) => [f.ruleId, f.severity, f.list, f.category, f.text]);
    expect(found('generic')).toEqual([
      ['privacy:custom:order', 'warn', 'privacy', 'privacy', 'ORD-123456'],
      ['privacy:custom:member', 'block', 'privacy', 'privacy', 'M12345'],
    ]);
    expect(found('weibo')).toEqual([
      ['privacy:custom:order', 'warn', 'privacy', 'privacy', 'ORD-123456'],
      ['privacy:custom:member', 'block', 'privacy', 'privacy', 'M12345'],
      ['privacy:custom:ticket', 'warn', 'privacy', 'privacy', 'T1234'],
    ]);
  });
});

describe('platform rules', () => {
  const checker = compileKit(buildStarterKit({ packs: [], name: 'P' }));

  it('X counts weighted characters (CJK and emoji 2, URLs 23)', () => {
    const { length } = checker.analyze('你好 https://example.com/very/long/path 😀', { platform: 'x' });
    expect(length).toMatchObject({ unit: 'weighted', used: 4 + 1 + 23 + 1 + 2, max: 280 });
    const tooLong = checker.check('字'.repeat(141), { platform: 'x' });
    expect(tooLong.map((f) => f.ruleId)).toEqual(['platform:length']);
    expect(tooLong[0].message.en).toMatch(/282 \/ 280/);
  });

  it('per field limits: Xiaohongshu title 20, body 1,000; YouTube description in bytes', () => {
    expect(
      checker.analyze('标'.repeat(21), { platform: 'xiaohongshu', field: 'title' }).length,
    ).toMatchObject({ used: 21, max: 20, remaining: -1 });
    expect(checker.check('标'.repeat(20), { platform: 'xiaohongshu', field: 'title' })).toEqual([]);
    expect(checker.analyze('标'.repeat(20), { platform: 'xiaohongshu', field: 'body' }).length.max).toBe(
      1_000,
    );
    expect(checker.analyze('字', { platform: 'youtube', field: 'body' }).length).toMatchObject({
      unit: 'bytes',
      used: 3,
    });
    expect(checker.analyze('x', { platform: 'generic' }).length.max).toBeUndefined();
  });

  it('hashtag and mention caps, Bilibili 10 tags built in', () => {
    const tags = Array.from({ length: 11 }, (_, i) => `#t${i}`).join(' ');
    expect(ids(checker.check(tags, { platform: 'bilibili' }))).toEqual(['platform:hashtags']);
    const capped = compileKit({
      ...buildStarterKit({ packs: [] }),
      platforms: { instagram: { maxHashtags: 2, maxMentions: 1 } },
    });
    const analysis = capped.analyze('#a #b #c @x @y #话题# mail a@b.co', { platform: 'instagram' });
    expect(analysis.length).toMatchObject({ hashtags: 4, mentions: 2 });
    expect(ids(analysis.findings)).toEqual(
      expect.arrayContaining(['platform:hashtags', 'platform:mentions']),
    );
  });

  it('sponsored posts need a disclosure tag', () => {
    expect(ids(checker.check('Love this serum', { platform: 'instagram', sponsored: true }))).toEqual([
      'platform:disclosure',
    ]);
    expect(checker.check('Love this serum #ad', { platform: 'instagram', sponsored: true })).toEqual([]);
    expect(checker.check('好用 #广告', { platform: 'xiaohongshu', sponsored: true })).toEqual([]);
    expect(ids(checker.check('Love this #adventure', { platform: 'instagram', sponsored: true }))).toEqual([
      'platform:disclosure',
    ]);
    expect(checker.check('Love this serum', { platform: 'instagram' })).toEqual([]);
  });
});

describe('platform findings: what they say and when', () => {
  const capped = compileKit(
    kitWith({ platforms: { instagram: { maxHashtags: 2, maxMentions: 1, maxLength: { body: 40 } } } }),
  );
  const IG: CheckOptions = { platform: 'instagram' };

  it('a limit reached exactly is no finding; one past it is', () => {
    expect(capped.check('#a #b @x', IG)).toEqual([]);
    // A mention or a hashtag at the very start of the draft counts.
    expect(capped.analyze('@x @y', IG).length).toMatchObject({ mentions: 2, hashtags: 0 });
    expect(capped.analyze('#a #b', IG).length).toMatchObject({ mentions: 0, hashtags: 2 });
    expect(capped.check('x'.repeat(40), IG)).toEqual([]);
    const text = '#a #b #c @x @y';
    expect(capped.check(text, IG)).toEqual([
      expect.objectContaining({
        ruleId: 'platform:hashtags',
        kind: 'hashtags',
        list: 'platform',
        category: 'platform',
        severity: 'warn',
        start: 0,
        end: text.length,
        text,
        message: { en: '3 hashtags; at most 2 here.', zh: '共 3 个话题标签，此处最多 2 个。' },
        suggestions: [],
      }),
      expect.objectContaining({
        ruleId: 'platform:mentions',
        kind: 'mentions',
        list: 'platform',
        category: 'platform',
        severity: 'warn',
        start: 0,
        end: text.length,
        text,
        message: { en: '2 mentions; at most 1 here.', zh: '共 2 处 @提及，此处最多 1 处。' },
        suggestions: [],
      }),
    ]);
  });

  it('a draft over its length blocks, marks the overflow and offers no one-click fix', () => {
    const text = 'x'.repeat(45);
    expect(capped.check(text, IG)).toEqual([
      expect.objectContaining({
        ruleId: 'platform:length',
        kind: 'length',
        list: 'platform',
        category: 'platform',
        severity: 'block',
        start: 40,
        end: 45,
        text: 'xxxxx',
        suggestions: [],
      }),
    ]);
    expect(capped.analyze(text, IG).length).toMatchObject({
      unit: 'chars',
      used: 45,
      max: 40,
      remaining: -5,
    });
  });

  it('the body is the field when none is named; a field with no limit has no remaining count', () => {
    const plain = compileKit(kitWith());
    expect(plain.analyze('标'.repeat(1_001), { platform: 'xiaohongshu' }).length).toMatchObject({
      field: 'body',
      max: 1_000,
      remaining: -1,
    });
    expect(ids(plain.check('标'.repeat(1_001), { platform: 'xiaohongshu' }))).toEqual(['platform:length']);
    const free = plain.analyze('abc', { platform: 'generic' }).length;
    expect(free).toMatchObject({ field: 'body', unit: 'chars', used: 3 });
    expect(free.max).toBeUndefined();
    expect(free.remaining).toBeUndefined();
  });

  it('a sponsored post is disclosed by a tag in any case, anywhere, as a whole tag', () => {
    const sponsored = compileKit(kitWith());
    const disclosed = (text: string, platform: CheckOptions['platform'] = 'instagram') =>
      sponsored.check(text, { platform, sponsored: true }).every((f) => f.kind !== 'disclosure');
    expect(disclosed('Love this #AD')).toBe(true);
    expect(disclosed('Love this #adventure #ad')).toBe(true);
    expect(disclosed('Love this #ad!')).toBe(true);
    expect(disclosed('Love this #ad_campaign')).toBe(false);
    expect(disclosed('Love this #ad2')).toBe(false);
    // A tag that does not end in a Latin letter or digit needs no boundary: Chinese runs on.
    expect(disclosed('好用#广告推荐', 'xiaohongshu')).toBe(true);
    const [missing] = sponsored.check('Love this serum', { platform: 'instagram', sponsored: true });
    expect(missing).toMatchObject({
      ruleId: 'platform:disclosure',
      kind: 'disclosure',
      list: 'platform',
      category: 'platform',
      severity: 'block',
      start: 0,
      end: 0,
      text: '',
      suggestions: ['#ad', '#sponsored'],
    });
    expect(missing.message.en).toBe(
      'Sponsored post without a disclosure: add one of #ad #sponsored #广告 #赞助 #合作.',
    );
  });

  it('a kit’s own disclosure tags replace the defaults and are matched in any case', () => {
    const kit = compileKit(kitWith({ platforms: { instagram: { disclosureTags: ['#Werbung'] } } }));
    const check = (text: string) => kit.check(text, { platform: 'instagram', sponsored: true });
    expect(check('Tolles Serum #werbung')).toEqual([]);
    expect(check('Tolles Serum #ad')).toEqual([
      expect.objectContaining({ ruleId: 'platform:disclosure', suggestions: ['#Werbung'] }),
    ]);
  });
});

describe('per-platform overrides', () => {
  const kit = {
    ...buildStarterKit({ packs: ['tone-friendly-professional'] }),
    bannedTerms: [{ term: 'cheap', category: 'custom' as const, severity: 'warn' as const }],
    platforms: {
      linkedin: {
        bannedTerms: [{ term: 'hustle', category: 'custom' as const, severity: 'warn' as const }],
        maxLength: { body: 10 },
      },
      reddit: { disabledRules: ['banned:cheap', 'tone:'], tone: { maxExclamations: 10 } },
      tiktok: { tone: { slang: [], formality: 'casual' as const } },
    },
    tone: {
      ...buildStarterKit({ packs: ['tone-friendly-professional'] }).tone,
      formality: 'formal' as const,
    },
  };
  const checker = compileKit(kit);

  it('adds platform terms only on that platform', () => {
    expect(ids(checker.check('hustle', { platform: 'linkedin' }))).toEqual(['banned:hustle']);
    expect(checker.check('hustle', { platform: 'x' })).toEqual([]);
  });

  it('overrides limits and disables rules', () => {
    expect(ids(checker.check('cheap and cheerful', { platform: 'linkedin' }))).toEqual([
      'banned:cheap',
      'platform:length',
    ]);
    expect(checker.check('cheap!!!!! 你好', { platform: 'reddit' })).toEqual([]);
  });

  it('tone lists are replaced per platform', () => {
    expect(ids(checker.check('lol', { platform: 'x' }))).toEqual(['tone:slang']);
    expect(checker.check('lol 你好', { platform: 'tiktok' })).toEqual([]);
  });
});

describe('length findings mark the overflow, as the sites’ own counters do', () => {
  const checker = compileKit({ version: KIT_VERSION, profile: { name: 'Acme' }, bannedTerms: [] });
  const length = (text: string, platform: 'x' | 'xiaohongshu', field?: string) =>
    checker.check(text, { platform, field }).find((f) => f.ruleId === 'platform:length');

  it('starts where the platform unit passes the limit', () => {
    expect(length('a'.repeat(300), 'x')).toMatchObject({ start: 280, end: 300, text: 'a'.repeat(20) });
    // X weighs CJK characters 2: 150 of them weigh 300, the 141st passes 280.
    expect(length('你'.repeat(150), 'x')).toMatchObject({ start: 140, end: 150 });
    expect(length('标'.repeat(25), 'xiaohongshu', 'title')).toMatchObject({ start: 20, end: 25 });
    expect(length('a'.repeat(280), 'x')).toBeUndefined();
  });

  it('never splits an emoji', () => {
    const found = length('a'.repeat(279) + '😀😀', 'x')!;
    expect(found.start).toBe(279);
    expect(found.text).toBe('😀😀');
  });
});

describe('finding shape and order', () => {
  it('is deterministic, ordered by position, offsets into the original text', () => {
    const checker = compileKit(buildStarterKit());
    const text = '𝐟𝐮𝐜𝐤 this 垃圾 APP, call 13800138000!!!! 全网第一 #ad';
    const a = checker.check(text, { platform: 'x', sponsored: true });
    const b = checker.check(text, { platform: 'x', sponsored: true });
    expect(a).toEqual(b);
    for (let i = 1; i < a.length; i++) expect(a[i].start).toBeGreaterThanOrEqual(a[i - 1].start);
    for (const f of a) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.message.en && f.message.zh).toBeTruthy();
      expect(f.explanation.en && f.explanation.zh).toBeTruthy();
    }
    expect(ids(a)).toEqual(
      expect.arrayContaining(['banned:fuck', 'tone:aggressive', 'privacy:phone', 'banned:全网第一']),
    );
  });

  it('keeps the longer of two overlapping terms from the same list', () => {
    const checker = compileKit(buildStarterKit({ packs: ['profanity-en'] }));
    expect(ids(checker.check('motherfucker', { platform: 'x' }))).toEqual(['banned:motherfucker']);
    expect(ids(checker.check('fucking', { platform: 'x' }))).toEqual(['banned:fucking']);
  });
});

describe('privacy findings offer the masked form as their fix', () => {
  it('the fix is exactly what the activity log would store', async () => {
    const { maskPersonalData } = await import('@/lib/records/mask');
    const checker = compileKit(buildStarterKit({ packs: ['privacy'] }));
    const text = '电话13800138000 卡号4111.1111.1111.1111 mail j@example.com';
    const findings = checker.check(text, { platform: 'weibo' }).filter((f) => f.list === 'privacy');
    expect(findings.map((f) => [f.ruleId, f.suggestions])).toEqual([
      ['privacy:phone', ['*******8000']],
      ['privacy:bank-card', ['****.****.****.1111']],
      ['privacy:email', ['j***@example.com']],
    ]);
    let fixed = text;
    for (const f of [...findings].reverse())
      fixed = fixed.slice(0, f.start) + f.suggestions[0] + fixed.slice(f.end);
    expect(fixed).toBe(maskPersonalData(text).text);
  });
  it('every detector offers one (issue 13 point 3): CN mobile, international phone, resident ID, card, e-mail, kit', async () => {
    const { maskPersonalData, customMaskersOf } = await import('@/lib/records/mask');
    const kit = {
      ...buildStarterKit({ packs: ['privacy'] }),
      privacy: {
        custom: [{ id: 'order', label: { en: 'an order number', zh: '订单号' }, pattern: 'ORD-[0-9]{6}' }],
      },
    };
    const text =
      '13800138000, +44 20 7946 0958, 11010519491231002X, 4111 1111 1111 1111, jane@example.com, ORD-123456';
    const findings = compileKit(kit)
      .check(text, { platform: 'generic' })
      .filter((f) => f.list === 'privacy');
    expect(findings.map((f) => f.ruleId)).toEqual([
      'privacy:phone',
      'privacy:phone',
      'privacy:cn-id',
      'privacy:bank-card',
      'privacy:email',
      'privacy:custom:order',
    ]);
    for (const f of findings) expect(f.suggestions, f.ruleId).toHaveLength(1);
    let fixed = text;
    for (const f of [...findings].reverse())
      fixed = fixed.slice(0, f.start) + f.suggestions[0] + fixed.slice(f.end);
    expect(fixed).toBe(maskPersonalData(text, customMaskersOf([kit])).text);
  });
});

describe('which findings a check keeps (finalize)', () => {
  const warn = (term: string) => ({ term, category: 'custom' as const, severity: 'warn' as const });
  const block = (term: string) => ({ term, category: 'custom' as const, severity: 'block' as const });

  it('a disabled rule id drops that rule only; one ending in ":" drops the whole list', () => {
    const checker = compileKit(
      kitWith({
        bannedTerms: [warn('damn'), warn('damnit')],
        preferredTerms: [{ term: 'users', replacement: 'customers' }],
        platforms: { x: { disabledRules: ['banned:damn', 'preferred:'] } },
      }),
    );
    expect(ids(checker.check('damn damnit users', { platform: 'x' }))).toEqual(['banned:damnit']);
  });

  it.each([[['zeta', 'beta', 'omega9']], [['omega9', 'beta', 'zeta']]])(
    'on one range: privacy before pattern, then the longer id, then ids in order (kit order %j)',
    (order) => {
      const pattern = '\\d{4}-\\d{4}';
      const checker = compileKit(
        kitWith({
          patterns: order.map((id) => ({ id, pattern, severity: 'warn' as const, message: id })),
          privacy: { custom: [{ id: 'member', pattern, label: 'member' }] },
        }),
      );
      expect(ids(checker.check('code 1234-5678', { platform: 'x', lists: ['privacy', 'pattern'] }))).toEqual([
        'privacy:custom:member',
        'pattern:omega9',
        'pattern:beta',
        'pattern:zeta',
      ]);
    },
  );

  it('a platform pattern with a kit pattern’s id gives one finding per range, not two', () => {
    const ranges = (kitPattern: string, platformPattern: string) =>
      compileKit(
        kitWith({
          patterns: [{ id: 'order', pattern: kitPattern, severity: 'warn', message: 'order' }],
          platforms: {
            x: { patterns: [{ id: 'order', pattern: platformPattern, severity: 'warn', message: 'order' }] },
          },
        }),
      )
        .check('see ORD-123', { platform: 'x', lists: ['pattern'] })
        .map((f) => `${f.start}-${f.end}`);
    expect(ranges('ORD-\\d+', 'ORD-\\d+')).toEqual(['4-11']);
    expect(ranges('ORD-\\d+', '\\d+')).toEqual(['4-11', '8-11']);
    expect(ranges('ORD-\\d+', 'ORD')).toEqual(['4-11', '4-7']);
  });

  it('of two terms of one list where one holds the other the more severe stays; other lists stay', () => {
    const banned = compileKit(kitWith({}, [warn('damn it'), block('damn')]));
    expect(ids(banned.check('damn it', GENERIC))).toEqual(['banned:damn']);
    // The block inside displaces the phrase; a later warning inside the phrase but not the block stays.
    const nested = compileKit(kitWith({}, [warn('damn it all to hell'), block('it'), warn('to hell')]));
    expect(ids(nested.check('damn it all to hell', GENERIC))).toEqual(['banned:it', 'banned:to hell']);
    const preferred = compileKit(
      kitWith({
        preferredTerms: [
          { term: 'sign up', replacement: 'register' },
          { term: 'sign', replacement: 'mark', severity: 'warn' },
        ],
      }),
    );
    expect(ids(preferred.check('sign up', GENERIC))).toEqual(['preferred:sign']);
    const both = compileKit(
      kitWith({ preferredTerms: [{ term: 'it', replacement: 'this' }] }, [block('damn it')]),
    );
    expect(ids(both.check('damn it', GENERIC))).toEqual(['banned:damn it', 'preferred:it']);
  });
});

describe('which term hits a check reports (checker.ts onHits, onMasked)', () => {
  const warn = (term: string) => ({ term, category: 'custom' as const, severity: 'warn' as const });
  const checker = compileKit(
    kitWith(
      {
        preferredTerms: [{ term: 'users', replacement: 'customers' }],
        platforms: { linkedin: { bannedTerms: [warn('shit')] } },
      },
      [warn('fuck'), warn('damn'), warn('傻逼')],
    ),
  );
  const seen = (text: string, options: CheckOptions = GENERIC) =>
    checker.check(text, options).map((f) => `${f.ruleId}@${f.start}-${f.end}`);

  it('only the lists asked for, masked spellings included', () => {
    expect(seen('damn users f*ck', { platform: 'generic', lists: ['preferred'] })).toEqual([
      'preferred:users@5-10',
    ]);
  });

  it('personal data and the kit’s patterns only when asked for; other stages report nothing counted', () => {
    const both = compileKit(
      kitWith({
        patterns: [{ id: 'order', pattern: 'ORD-[0-9]+', severity: 'warn', message: 'order' }],
        privacy: { custom: [{ id: 'member', pattern: 'M[0-9]{5}', label: 'member' }] },
      }),
    );
    const text = 'ORD-1 M12345 a@b.co #a @b';
    const asked = (lists: CheckOptions['lists']) => ids(both.check(text, { platform: 'instagram', lists }));
    expect(asked(['pattern'])).toEqual(['pattern:order']);
    expect(asked(['privacy'])).toEqual(['privacy:custom:member', 'privacy:email']);
    expect(both.analyze(text, { platform: 'instagram', lists: ['banned'] }).length).toEqual({
      platform: 'instagram',
      field: 'body',
      unit: 'chars',
      used: text.length,
      hashtags: 0,
      mentions: 0,
    });
  });

  it('a draft that is not a string checks as empty', () => {
    const analysis = checker.analyze(undefined as unknown as string, GENERIC);
    expect(analysis.findings).toEqual([]);
    expect(analysis.length.used).toBe(0);
  });

  it('a preferred term only as the kit spells it, in any case', () => {
    expect(seen('usérs USERS u-sers')).toEqual(['preferred:users@6-11']);
  });

  it('a masked word only on the platforms its term is active on', () => {
    expect(seen('sh*t', { platform: 'x' })).toEqual([]);
    expect(seen('sh*t', { platform: 'linkedin' })).toEqual(['banned:shit@0-4']);
  });

  it('a CJK hit ends at its last character, not after its repeats', () => {
    expect(seen('傻逼逼')).toEqual(['banned:傻逼@0-2']);
  });

  it('at most 1,000 term findings per check, plain or masked', () => {
    expect(checker.check('damn '.repeat(1001), GENERIC)).toHaveLength(1000);
    expect(checker.check('f*ck '.repeat(1001), GENERIC)).toHaveLength(1000);
  });
});
