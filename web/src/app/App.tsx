import { Suspense } from 'react';
import { Button, Center, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/api';
import { useSetupStatus } from '../features/setup/api';
import { ErrorAlert } from '../ui/ErrorAlert';
import { lazyPage } from '../ui/chunkReload';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './routes';

// Signed-out screens load on their own: a signed-in user's first screen does without their forms' rules.
const SignInPage = lazyPage(() => import('../features/auth/SignInPage').then((m) => ({ default: m.SignInPage })));
const SetupPage = lazyPage(() => import('../features/setup/SetupPage').then((m) => ({ default: m.SetupPage })));

function FullPage({ error, retry }: { error?: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="md">
      {error ? (
        <Stack maw={420}>
          <ErrorAlert error={error} />
          {retry && <Button onClick={retry}>{t('common.retry')}</Button>}
        </Stack>
      ) : (
        <Loader aria-label={t('common.loading')} />
      )}
    </Center>
  );
}

/** Setup first, then the session: sign-in when signed out, the app shell otherwise. */
export function App() {
  const setup = useSetupStatus();
  const me = useMe(setup.data?.required === false);
  if (setup.isPending) return <FullPage />;
  if (setup.isError) return <FullPage error={setup.error} retry={() => void setup.refetch()} />;
  if (setup.data.required)
    return (
      <Suspense fallback={<FullPage />}>
        <SetupPage />
      </Suspense>
    );
  if (me.isPending) return <FullPage />;
  if (me.isError) return <FullPage error={me.error} retry={() => void me.refetch()} />;
  if (!me.data)
    return (
      <Suspense fallback={<FullPage />}>
        <SignInPage />
      </Suspense>
    );
  return (
    <AppLayout me={me.data}>
      <AppRoutes me={me.data} />
    </AppLayout>
  );
}
