import { Component, type ReactNode } from 'react';
import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from './chunkReload';
import { ErrorAlert } from './ErrorAlert';

function UpdatedScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const updated = isChunkLoadError(error);
  return (
    <Center mih="60vh" p="md">
      <Stack maw={460} align="flex-start" data-testid="app-updated">
        {updated ? (
          <>
            <Title order={2}>{t('app.updatedTitle')}</Title>
            <Text>{t('app.updatedText')}</Text>
          </>
        ) : (
          <ErrorAlert error={error} />
        )}
        <Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>
      </Stack>
    </Center>
  );
}

/** Catches what a page throws while rendering or loading (e.g. a chunk of an older build) and offers a reload. */
export class ChunkErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  // Going to another page gives that page its chance.
  componentDidUpdate(prev: { resetKey?: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    return this.state.error ? <UpdatedScreen error={this.state.error} /> : this.props.children;
  }
}
