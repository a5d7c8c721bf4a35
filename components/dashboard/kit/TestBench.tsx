import { useDeferredValue, useMemo, useState } from 'react';
import { compileKit, type BrandKit } from '@/lib/engine';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';
import { FindingsList } from './FindingsList';

/** Paste any text and see every finding the kit being edited gives (unsaved edits included). */
export function TestBench({ kit }: { kit: BrandKit }) {
  const t = useT();
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('x');
  const [sponsored, setSponsored] = useState(false);
  const checker = useMemo(() => {
    try {
      return compileKit(kit);
    } catch {
      return null;
    }
  }, [kit]);
  const deferred = useDeferredValue(text);
  const findings = useMemo(
    () => (checker ? checker.check(deferred, { platform, sponsored }) : []),
    [checker, deferred, platform, sponsored],
  );
  return (
    <div data-testid="test-bench">
      <div className="kit-row">
        <select
          value={platform}
          onChange={(e) => setPlatform(e.target.value as PlatformId)}
          data-testid="bench-platform"
          aria-label={t('kit.platform.choose')}
        >
          {PLATFORM_IDS.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
        <label className="kit-check">
          <input
            type="checkbox"
            checked={sponsored}
            onChange={(e) => setSponsored(e.target.checked)}
            data-testid="bench-sponsored"
          />{' '}
          {t('kit.bench.sponsored')}
        </label>
      </div>
      <textarea
        rows={5}
        value={text}
        placeholder={t('kit.bench.placeholder')}
        aria-label={t('kit.section.bench')}
        onChange={(e) => setText(e.target.value)}
        data-testid="bench-text"
        className="kit-wide"
      />
      {deferred && <FindingsList findings={findings} testId="bench-findings" />}
    </div>
  );
}
