import { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './fetcher';

/** The console's query defaults: data fresh for 5 s; 4xx answers are final (an unreachable cluster is the banner's). */
export const newQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (count, e) => !(e instanceof ApiRequestError && e.status > 0) && count < 2,
      },
    },
  });
