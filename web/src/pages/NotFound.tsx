// Trang không tồn tại.
import { ErrorView } from '../components/Async.tsx';
import { ApiError } from '../api.ts';

export function NotFoundPage() {
  return <ErrorView error={new ApiError(404, 'not_found', '')} />;
}
