'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { ROLES } from '@/lib/schemas/roles';
import { apiFetch } from './fetcher';
import { clearClusterCaches } from './cluster-scope';

// Sign-in and sign-out. Either way every cached answer belongs to the previous user: the caches (the
// console's and every cluster's) are dropped,
// and the server layout renders again (the console, or the sign-in screen).

const signedInSchema = z.object({ username: z.string(), role: z.enum(ROLES) });

function useSessionChange<T, V>(fn: (v: V) => Promise<T>) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      queryClient.clear();
      clearClusterCaches();
      router.refresh();
    },
  });
}

export const useLoginMutation = () =>
  useSessionChange((creds: { username: string; password: string }) =>
    apiFetch('/api/auth/login', signedInSchema, { method: 'POST', body: JSON.stringify(creds) }),
  );

export const useLogoutMutation = () =>
  useSessionChange(() =>
    apiFetch('/api/auth/logout', z.object({ signedOut: z.literal(true) }), { method: 'POST' }),
  );
