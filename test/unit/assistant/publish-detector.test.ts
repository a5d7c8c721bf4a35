import { describe, expect, it } from 'vitest';
import { PublishDetector, textHash } from '@/lib/assistant/publish-detector';

describe('publish detector', () => {
  it('records a publish once when the site clears the box after submit', () => {
    const detector = new PublishDetector();
    detector.onText('Hello world');
    expect(detector.state).toBe('armed');
    detector.onSubmit('Hello world', 1000);
    expect(detector.observe({ text: 'Hello world', siteConfirms: false }, 1100)).toBe('pending');
    const published = detector.observe({ text: '', siteConfirms: false }, 1300);
    expect(published).toMatchObject({ text: 'Hello world', hash: textHash('Hello world'), at: 1000 });
    expect(detector.observe({ text: '', siteConfirms: true }, 1400)).toBe('idle');
  });

  it('confirms through the site signal even if the box keeps its text', () => {
    const detector = new PublishDetector();
    detector.onSubmit('Kept text', 0);
    expect(detector.observe({ text: 'Kept text', siteConfirms: true }, 200)).toMatchObject({
      text: 'Kept text',
    });
  });

  it('treats a box that left the page (dialog closed) as published', () => {
    const detector = new PublishDetector();
    detector.onSubmit('In a dialog', 0);
    expect(detector.observe({ text: null, siteConfirms: false }, 500)).toMatchObject({ text: 'In a dialog' });
  });

  it('cancels on timeout with unchanged text, on an error toast, and on renewed typing', () => {
    const timeout = new PublishDetector(1000);
    timeout.onSubmit('Draft', 0);
    expect(timeout.observe({ text: 'Draft', siteConfirms: false }, 1500)).toBe('cancelled');
    expect(timeout.state).toBe('armed');

    const error = new PublishDetector();
    error.onSubmit('Draft', 0);
    expect(error.observe({ text: 'Draft', siteConfirms: false, siteError: true }, 100)).toBe('cancelled');

    const typing = new PublishDetector();
    typing.onSubmit('Draft', 0);
    typing.onText('Draft, edited');
    expect(typing.observe({ text: '', siteConfirms: false }, 100)).toBe('idle');
  });

  it('ignores a submit of an empty box and de-duplicates double signals of one publish', () => {
    const detector = new PublishDetector();
    detector.onSubmit('   ', 0);
    expect(detector.state).toBe('idle');
    detector.onSubmit('Once', 0);
    detector.onSubmit('Once', 10); // click and keyboard shortcut of the same publish
    expect(detector.observe({ text: '', siteConfirms: true }, 50)).toMatchObject({ text: 'Once' });
    detector.onSubmit('Once', 60);
    expect(detector.observe({ text: '', siteConfirms: true }, 80)).toBe('cancelled');
  });
});
