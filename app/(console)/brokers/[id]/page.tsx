import type { Metadata } from 'next';
import { pageSignedIn } from '@/lib/auth/page-access';
import { notFound } from 'next/navigation';
import { BrokerDetail } from '@/components/cluster/broker-detail';
import { brokerParamsSchema } from '@/lib/schemas/cluster';
import { brokerExists } from '@/lib/kafka/cluster/service';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await pageSignedIn())) return { title: 'Sign in' };
  return { title: `Broker ${(await params).id}` };
}

export default async function BrokerPage({ params }: Props) {
  if (!(await pageSignedIn())) return null; // the layout shows the sign-in screen
  const parsed = brokerParamsSchema.safeParse(await params);
  if (!parsed.success || !(await brokerExists(parsed.data.id))) notFound();
  return <BrokerDetail id={parsed.data.id} />;
}
