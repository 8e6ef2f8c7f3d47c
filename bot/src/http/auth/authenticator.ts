/** From an `Authorization: Bearer` header to a Caller, or a 401/403 problem. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Caller } from '../../domain/access/access';
import type { CallerService } from '../../domain/access/caller-service';
import { HttpProblem } from '../problem';
import { UnauthorizedError, type TokenValidator } from './token-validator';

/** The bearer token of a request (already validated by the time a handler runs), or null. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(headers.authorization ?? '');
  return match?.[1] ?? null;
}

export class Authenticator {
  constructor(
    private readonly tokens: TokenValidator,
    private readonly callers: CallerService,
  ) {}

  /** The caller of a request; throws a 401 problem for any token problem. */
  async authenticate(headers: IncomingHttpHeaders): Promise<Caller> {
    const token = bearerToken(headers);
    if (!token) throw new HttpProblem(401, 'error.unauthorized');
    try {
      const identity = await this.tokens.validate(token);
      return await this.callers.resolve(identity.tenantId, identity.userId);
    } catch (error) {
      if (error instanceof UnauthorizedError) throw new HttpProblem(401, 'error.unauthorized');
      throw error;
    }
  }
}
