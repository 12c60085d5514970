import { route } from '@/lib/http/route';
import { compatibilityBodySchema } from '@/lib/schemas/registry';
import { setCompatibility } from '@/lib/registry/edit';

export const dynamic = 'force-dynamic';

// PUT /api/registry/config - the registry-wide compatibility level (subjects without their own follow it)
export const PUT = route(
  { body: compatibilityBodySchema },
  ({ body }) => setCompatibility(null, body.compatibility),
  { audit: ({ body }) => ({ compatibility: body.compatibility }) },
);
