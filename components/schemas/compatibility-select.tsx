'use client';
import { useTranslations } from 'next-intl';
import { useCan } from '@/components/layout/writable';
import { FormError } from '@/components/ui/form-error';
import { Select } from '@/components/ui/select';
import { useSetCompatibilityMutation } from '@/lib/api/registry';
import { compatibilityLevels } from '@/lib/schemas/registry';

const FOLLOW = '';

/**
 * A compatibility level: shown as text to viewers, a select for editors. For a subject, the first choice
 * is to follow the registry-wide level; for the registry (subject null), one of the levels.
 */
export function CompatibilitySelect({
  subject,
  level,
  own,
  global,
}: {
  subject: string | null;
  /** The effective level (the subject's own, else the registry's). */
  level: string | null;
  /** Whether a subject's level is its own. */
  own: boolean;
  global: string | null;
}) {
  const can = useCan('editor');
  const set = useSetCompatibilityMutation(subject);
  const inherited = subject !== null && !own;
  const t = useTranslations('schemas');
  if (!can)
    return (
      <span>
        {level ?? t('notSet')}
        {inherited && <span className="text-zinc-500"> {t('registrys')}</span>}
      </span>
    );
  const value = inherited ? FOLLOW : (level ?? FOLLOW);
  return (
    <span className="inline-flex flex-col gap-1">
      <Select
        aria-label={subject === null ? t('registryLevel') : t('subjectLevel')}
        className="w-auto py-0.5"
        value={value}
        disabled={set.isPending}
        onChange={(e) => set.mutate(e.target.value === FOLLOW ? null : e.target.value)}
      >
        {subject !== null && <option value={FOLLOW}>{t('follow', { level: global ?? t('notSet') })}</option>}
        {subject === null && value === FOLLOW && <option value={FOLLOW}>{t('notSet')}</option>}
        {compatibilityLevels.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </Select>
      <FormError error={set.error} />
    </span>
  );
}
