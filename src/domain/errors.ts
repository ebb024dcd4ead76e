// Errors with stable machine ids, raised by any layer and turned into HTTP answers or CLI exit codes at the edge.

export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'forbidden' | 'unauthorized' | 'too_large' | 'unsupported' | 'too_many' | 'unavailable' | 'no_space';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (message: string, details: unknown = null) => new AppError('invalid', message, details);
export const notFound = (what: string, id: string) => new AppError('not_found', `${what} not found: ${id}`, { id });
export const conflict = (message: string, details: unknown = null) => new AppError('conflict', message, details);
export const forbidden = (message = 'forbidden') => new AppError('forbidden', message);
