// A request over the live socket that failed, told the way the rest of the interface tells
// failures (ApiError): the server's problem, or a connection that is not there.

import { ApiError } from '../api.js';

export function liveFailure(error) {
  if (error instanceof ApiError || !error || error.name !== 'LiveError') return error;
  if (error.offline || error.timeout) return new ApiError({ network: true });
  return new ApiError({ status: error.status, problem: error.problem });
}
