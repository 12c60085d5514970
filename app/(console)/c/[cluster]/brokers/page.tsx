import { pageTitle } from '@/lib/i18n/metadata';
import { BrokersView } from '@/components/cluster/brokers-view';

export const generateMetadata = pageTitle('brokers');

export default function BrokersPage() {
  return <BrokersView />;
}
