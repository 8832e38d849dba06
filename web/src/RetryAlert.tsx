/** An error the user can act on: the message, read out at once (role=alert), and a way to try again. */
export function RetryAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <p className="error" role="alert">
      {message}{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </p>
  );
}
