import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/fr';
import 'dayjs/locale/vi';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { meKey } from '../features/auth/api';
import { setupKey } from '../features/setup/api';
import { isApiError } from '../ui/api';
import { makeTheme } from './theme';

/** A 401 anywhere means the session ended: show sign-in. Setup codes mean the setup state changed elsewhere. */
function makeClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error, 'unauthenticated')) client.setQueryData(meKey, null);
    if (isApiError(error, 'setup_required') || isApiError(error, 'already_setup')) {
      void client.invalidateQueries({ queryKey: setupKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (count, error) => !isApiError(error) || (error.status >= 500 && count < 2),
      },
    },
  });
  return client;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(makeClient);
  const { t, i18n } = useTranslation();
  const theme = useMemo(() => makeTheme(t), [t]);
  return (
    <QueryClientProvider client={client}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" autoClose={4000} />
          <BrowserRouter>{children}</BrowserRouter>
        </DatesProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
