import { NextResponse, type NextRequest } from 'next/server';

export const dynamic = 'force-dynamic';

// Any /api path no route answers: a JSON 404 like every other API error (Next would send its HTML page).
function notFound(request: NextRequest) {
  return NextResponse.json(
    {
      error: {
        code: 'not_found',
        message: `There is no API route ${request.method} ${request.nextUrl.pathname}.`,
      },
    },
    { status: 404, headers: { 'Cache-Control': 'no-store' } },
  );
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
