import { Sidebar } from '@/components/layout/sidebar';
import { ConnectionBanner } from '@/components/layout/connection-banner';
import { ReadOnlyNote } from '@/components/layout/writable';

export default function ConsoleLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex h-dvh">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <ConnectionBanner />
        <ReadOnlyNote />
        <main className="min-h-0 flex-1 overflow-auto px-6 py-5">{children}</main>
      </div>
    </div>
  );
}
