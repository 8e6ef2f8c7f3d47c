/**
 * A small typed fetch wrapper for the Casebridge API: bearer token, Accept-Language, JSON in and
 * out, ETags, and `application/problem+json` errors turned into {@link ApiProblem}.
 */
import { ApiProblem, isAbort, problemFromResponse } from './problem';

export { ApiProblem } from './problem';

/** A response body together with its ETag header (null when the server sent none). */
export interface Tagged<T> {
  body: T;
  etag: string | null;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  ifMatch?: string;
  /** Further request headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Returns a current bearer token, or null for an anonymous call. */
  getToken: () => Promise<string | null>;
  /** Sent as Accept-Language, so problem titles and type names come back localized. */
  locale: string;
  /** Called once the API answered 401: the token is no longer any good. */
  onUnauthorized?: () => void;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  /** Performs one call; resolves with the parsed body and ETag, rejects with an ApiProblem. */
  async send<T>(path: string, request: RequestOptions = {}): Promise<Tagged<T>> {
    return this.parse<T>(await this.fetch(path, request));
  }

  /**
   * A conditional GET: null when the server answers 304 Not Modified to `If-None-Match: etag`
   * (cheap polling), else the body with its new ETag.
   */
  async getIfChanged<T>(path: string, etag: string | null, request: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<Tagged<T> | null> {
    const headers = etag === null ? request.headers : { ...request.headers, 'If-None-Match': etag };
    const response = await this.fetch(path, { ...request, ...(headers === undefined ? {} : { headers }) }, true);
    return response.status === 304 ? null : this.parse<T>(response);
  }

  private async fetch(path: string, request: RequestOptions, allowNotModified = false): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json', 'Accept-Language': this.options.locale });
    const token = await this.options.getToken();
    if (token !== null) headers.set('Authorization', `Bearer ${token}`);
    if (request.ifMatch !== undefined) headers.set('If-Match', request.ifMatch);
    for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');

    let response: Response;
    try {
      response = await fetch(withQuery(path, request.query), {
        method: request.method ?? 'GET',
        headers,
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw ApiProblem.network(error);
    }

    if (!response.ok && !(allowNotModified && response.status === 304)) {
      const problem = await problemFromResponse(response);
      if (problem.status === 401 && token !== null) this.options.onUnauthorized?.();
      throw problem;
    }
    return response;
  }

  private async parse<T>(response: Response): Promise<Tagged<T>> {
    const etag = response.headers.get('etag');
    // The API is trusted to answer with the documented shape; see api/types.ts.
    const body: unknown = response.status === 204 ? null : await response.json();
    return { body: body as T, etag };
  }

  /** A download: the response's bytes (errors as for any call). */
  async blob(path: string, signal?: AbortSignal): Promise<Blob> {
    const response = await this.fetch(path, { ...(signal === undefined ? {} : { signal }), headers: { Accept: '*/*' } });
    return response.blob();
  }

  async get<T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal): Promise<T> {
    const result = await this.send<T>(path, {
      ...(query === undefined ? {} : { query }),
      ...(signal === undefined ? {} : { signal }),
    });
    return result.body;
  }
}
