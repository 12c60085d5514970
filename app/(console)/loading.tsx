import { OverviewSkeleton } from '@/components/cluster/cluster-overview';

export default function Loading() {
  return <OverviewSkeleton />;
}
