import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="grid min-h-dvh place-items-center p-8 text-center">
      <div>
        <p className="font-mono text-sm text-zinc-500">404</p>
        <h1 className="mt-1 text-xl font-semibold">Not found</h1>
        <p className="mt-2 text-sm text-zinc-500">There is nothing at this address.</p>
        <Link href="/" className="mt-4 inline-block text-sm text-sky-600 hover:underline">
          Back to the overview
        </Link>
      </div>
    </main>
  );
}
