import { ClusterOverview } from '@/components/cluster/cluster-overview';

export default function OverviewPage() {
  return <ClusterOverview />;
}
