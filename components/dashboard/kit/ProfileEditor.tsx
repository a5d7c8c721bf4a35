import type { BrandKit } from '@/lib/engine';
import { useT } from '../../shared/i18n';
import { ListField, TextField } from './fields';

export function ProfileEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const set = (patch: Partial<BrandKit['profile']>) =>
    onChange({ ...kit, profile: { ...kit.profile, ...patch } });
  return (
    <div className="kit-grid">
      <TextField
        label={t('kit.profile.name')}
        value={kit.profile.name}
        onChange={(name) => set({ name })}
        testId="kit-profile-name"
      />
      <TextField
        label={t('kit.profile.audience')}
        value={kit.profile.audience ?? ''}
        onChange={(audience) => set({ audience })}
        testId="kit-profile-audience"
      />
      <TextField
        label={t('kit.profile.voice')}
        value={kit.profile.voice ?? ''}
        onChange={(voice) => set({ voice })}
        testId="kit-profile-voice"
        multiline
      />
      <ListField
        label={t('kit.profile.values')}
        value={kit.profile.values}
        onChange={(values) => set({ values })}
        testId="kit-profile-values"
      />
    </div>
  );
}
