import { notFound, permanentRedirect } from 'next/navigation';
import { clusters } from '@/lib/clusters/config';

// Pages moved under /c/<cluster>/ (issue 19): a bookmark of the single-cluster console (/topics/orders)
// goes to the same page of the first configured cluster. Anything else is the console's 404.
const SECTIONS = new Set(['topics', 'groups', 'share-groups', 'produce', 'schemas', 'brokers', 'learn']);

export default async function Legacy({
  params,
  searchParams,
}: {
  params: Promise<{ legacy: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { legacy } = await params;
  if (!SECTIONS.has(legacy[0] ?? '')) notFound();
  const query = new URLSearchParams(
    Object.entries(await searchParams).flatMap(([k, v]) =>
      (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => [k, x] as [string, string]),
    ),
  ).toString();
  permanentRedirect(`/c/${clusters()[0]!.name}/${legacy.join('/')}${query ? `?${query}` : ''}`);
}
