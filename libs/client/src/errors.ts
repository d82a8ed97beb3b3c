import type { CombinedError } from '@urql/core';

/** One error as the API names it: `BAD_USER_INPUT` with the argument at fault, or a masked failure with its request id. */
export interface ParleyErrorDetail {
  message: string;
  code: string;
  argument?: string;
  requestId?: string;
  path?: ReadonlyArray<string | number>;
}

/** A request the API refused or could not answer, with each named error it gave. */
export class ParleyApiError extends Error {
  constructor(
    message: string,
    readonly details: ParleyErrorDetail[],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ParleyApiError';
  }

  static from(error: CombinedError): ParleyApiError {
    const status = (error.response as { status?: number } | undefined)?.status;
    if (error.networkError) {
      const detail = { message: error.networkError.message, code: 'NETWORK_ERROR' };
      return new ParleyApiError(`The Parley API could not be reached: ${error.networkError.message}`, [detail], status);
    }
    const details = error.graphQLErrors.map((graphQLError): ParleyErrorDetail => {
      const extensions = graphQLError.extensions as Record<string, unknown>;
      return {
        message: graphQLError.message,
        code: typeof extensions['code'] === 'string' ? extensions['code'] : 'GRAPHQL_ERROR',
        ...(typeof extensions['argument'] === 'string' && { argument: extensions['argument'] }),
        ...(typeof extensions['requestId'] === 'string' && { requestId: extensions['requestId'] }),
        ...(graphQLError.path && { path: graphQLError.path }),
      };
    });
    return new ParleyApiError(details.map((detail) => `${detail.code}: ${detail.message}`).join('\n'), details, status);
  }
}
