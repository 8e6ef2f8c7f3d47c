/** RFC 9457 problem details, as the Casebridge API returns them for every error. */

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** A failed API call: the HTTP status plus what the `application/problem+json` body said. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];
  /** The problem document's other members, e.g. the `offer` of a refused one-to-one chat (C3). */
  readonly extensions: { readonly [key: string]: unknown };

  constructor(init: {
    status: number;
    title: string;
    type?: string;
    detail?: string;
    errors?: ProblemFieldError[];
    extensions?: { [key: string]: unknown };
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.extensions = init.extensions ?? {};
  }

  /** Status 0 stands for "the request never got an HTTP answer". */
  static network(cause: unknown): ApiProblem {
    const detail = cause instanceof Error ? cause.message : undefined;
    return new ApiProblem({ status: 0, title: '', ...(detail === undefined ? {} : { detail }) });
  }
}

function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fieldErrors(value: unknown): ProblemFieldError[] {
  if (!Array.isArray(value)) return [];
  const result: ProblemFieldError[] = [];
  for (const item of value) {
    if (isObject(item) && typeof item.message === 'string') {
      result.push({ path: typeof item.path === 'string' ? item.path : '', message: item.message });
    }
  }
  return result;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

/** Builds an ApiProblem from a failed response, whether or not its body is a problem document. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown = null;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = null;
    }
  }
  if (!isObject(body)) return new ApiProblem({ status: response.status, title: response.statusText });
  const type = stringOrUndefined(body.type);
  const detail = stringOrUndefined(body.detail);
  const extensions = Object.fromEntries(Object.entries(body).filter(([key]) => !STANDARD_MEMBERS.has(key)));
  return new ApiProblem({
    status: typeof body.status === 'number' ? body.status : response.status,
    title: stringOrUndefined(body.title) ?? response.statusText,
    ...(type === undefined ? {} : { type }),
    ...(detail === undefined ? {} : { detail }),
    errors: fieldErrors(body.errors),
    extensions,
  });
}

/** True for the error fetch raises when its AbortSignal fires. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
