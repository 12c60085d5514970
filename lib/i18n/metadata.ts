import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

type NavKey =
  'clusters' | 'topics' | 'groups' | 'shareGroups' | 'produce' | 'schemas' | 'brokers' | 'learnTitle';

/** A page's `generateMetadata`: its title from the navigation's words, in the request's language. */
export const pageTitle = (key: NavKey) => async (): Promise<Metadata> => ({
  title: (await getTranslations('nav'))(key),
});

/** The title of a resource's page: its name, or what stands in for it when signed out or not found. */
export async function resourceTitle(signedIn: boolean, name: string | null): Promise<Metadata> {
  const t = await getTranslations('nav');
  return { title: !signedIn ? t('signIn') : (name ?? t('notFound')) };
}
