'use client';
import { ErrorState } from '@/components/layout/error-state';

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <ErrorState
      title="This view crashed"
      message="Something went wrong while rendering it."
      onRetry={reset}
    />
  );
}
