import { useTranslations } from 'next-intl';
import { Th } from '@/components/ui/table';
import { Term } from '@/components/ui/term';

/** The header cells every lag table starts with: partition, committed offset, end offset, lag. */
export function OffsetHeaders() {
  const t = useTranslations('group');
  return (
    <>
      <Th numeric>
        <Term k="partition" />
      </Th>
      <Th numeric>
        <Term k="committed-offset">{t('committed')}</Term>
      </Th>
      <Th numeric>
        <Term k="high-watermark">{t('end')}</Term>
      </Th>
      <Th numeric>
        <Term k="lag" />
      </Th>
    </>
  );
}
