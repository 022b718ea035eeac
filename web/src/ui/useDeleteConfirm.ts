import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

/**
 * The "delete this?" flow: the item asked about, the deletion, and the props of its ConfirmModal
 * (title, message and confirmLabel are the caller's). Closing the modal forgets a failed attempt.
 */
export function useDeleteConfirm<T>(remove: (item: T) => Promise<unknown>, onDeleted: (item: T) => unknown) {
  const [target, setTarget] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async (_r, item) => {
      setTarget(null);
      await onDeleted(item);
    },
  });
  return {
    target,
    ask: (item: T) => setTarget(item),
    modalProps: {
      opened: target !== null,
      danger: true,
      loading: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (target !== null) mutation.mutate(target);
      },
      onClose: () => {
        setTarget(null);
        mutation.reset();
      },
    },
  };
}
