// Loading a resource from the API for a page: the hook, the loading state and the error state.
import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api.ts';
import { useI18n, type MessageKey } from '../i18n.tsx';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData(d: T): void;
}

/** Runs `load` whenever `deps` change; a slower earlier answer never overwrites a newer one. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    setLoading(true);
    load().then(
      (d) => {
        if (mine !== seq.current) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e);
        setLoading(false);
      },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, setData };
}

export function Loading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{t('loading')}</Text>
    </Center>
  );
}

/**
 * A form's sending state: `run` marks it busy, clears the last error, and keeps the server's refusal
 * in words for the form to show; it says whether the work went through.
 */
export function useSubmit(): { busy: boolean; error: string | null; run(work: () => Promise<unknown>): Promise<boolean> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}

export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return e instanceof Error ? e.message : String(e);
}

export function ErrorView({ error, onRetry, notFound }: { error: unknown; onRetry?: () => void; notFound?: MessageKey }) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 404) {
    return (
      <Stack align="flex-start" data-testid="not-found" role="alert">
        <Title order={2}>{t('notFound')}</Title>
        <Text>{t(notFound ?? 'notFoundText')}</Text>
        <Button component={Link} to="/" variant="light">{t('backHome')}</Button>
      </Stack>
    );
  }
  if (error instanceof ApiError && error.status === 403) {
    return <Alert color="orange" title={t('forbiddenTitle')} role="alert">{t('forbiddenText')}</Alert>;
  }
  return (
    <Alert color="red" title={t('errorTitle')} role="alert">
      <Text size="sm" mb="sm">{errorMessage(error)}</Text>
      {onRetry && <Button size="xs" variant="light" color="red" onClick={onRetry}>{t('retry')}</Button>}
    </Alert>
  );
}

/** Shows the data once there is some; a reload keeps the old data on screen. */
export function AsyncView<T>({ state, children, notFound }: { state: AsyncState<T>; children: (data: T) => ReactNode; notFound?: MessageKey }) {
  if (state.data !== undefined) return <>{children(state.data)}</>;
  if (state.error) return <ErrorView error={state.error} onRetry={state.reload} notFound={notFound} />;
  return <Loading />;
}
