import { NextResponse, type NextRequest } from 'next/server';
import { clusters } from '@/lib/clusters/config';
import { errorResponse } from '@/lib/http/route';
import { toAppError } from '@/lib/kafka/base/errors';

export const dynamic = 'force-dynamic';

// The API of one cluster moved under /api/clusters/<cluster>/ (issue 19). The old single-cluster paths
// answer a permanent redirect (308: the method and body are kept) to the first configured cluster.
const MOVED = new Set([
  'brokers',
  'cluster',
  'groups',
  'health',
  'registry',
  'schemas',
  'share-groups',
  'topics',
]);

// Any other /api path no route answers: a JSON 404 like every other API error (Next would send its HTML page).
function answer(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[2] ?? '';
  if (MOVED.has(first)) {
    try {
      const to = `/api/clusters/${clusters()[0]!.name}${pathname.slice('/api'.length)}${search}`;
      return new NextResponse(null, { status: 308, headers: { Location: to, 'Cache-Control': 'no-store' } });
    } catch (e) {
      return errorResponse(toAppError(e));
    }
  }
  return NextResponse.json(
    {
      error: {
        code: 'not_found',
        message: `There is no API route ${request.method} ${pathname}.`,
      },
    },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  );
}

export const GET = answer;
export const HEAD = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = answer;
