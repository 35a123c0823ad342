import type KeycloakAdminClient from "@keycloak/keycloak-admin-client";

/** One field error of a problem document. */
export type FieldError = { field: string; message: string };

/** An error answer of our API: a JSON problem document (RFC 9457), or what came instead. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = "ProblemError";
  }

  /** The text for an alert's description: the detail and every field error. */
  describe(): string {
    return [
      this.detail,
      ...this.errors.map((e) => `${e.field}: ${e.message}`),
    ]
      .filter(Boolean)
      .join("\n");
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

type RequestOptions = {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
};

export type ApiResponse<T> = { data: T; headers: Headers };

/**
 * The chat access admin REST API (/admin/realms/{realm}/chat-access), called with the console's
 * own session: the bearer token comes from the console's admin client, which refreshes it.
 */
export class ChatAccessApi {
  constructor(
    private readonly adminClient: KeycloakAdminClient,
    readonly realm: string,
  ) {}

  private url(path: string, query?: Query): string {
    const base = `${this.adminClient.baseUrl.replace(/\/$/, "")}/admin/realms/${encodeURIComponent(
      this.realm,
    )}/chat-access`;
    const params = new URLSearchParams();
    Object.entries(query ?? {}).forEach(([name, value]) => {
      if (value !== undefined && value !== null && value !== "") {
        params.set(name, String(value));
      }
    });
    const search = params.toString();
    return base + path + (search ? `?${search}` : "");
  }

  async request<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const token = await this.adminClient.getAccessToken();
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    };
    if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(this.url(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw toProblem(response.status, response.statusText, text);
    }
    return {
      data: (text ? JSON.parse(text) : undefined) as T,
      headers: response.headers,
    };
  }

  async get<T>(path: string, query?: Query): Promise<T> {
    return (await this.request<T>("GET", path, { query })).data;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return (await this.request<T>("POST", path, { body })).data;
  }

  async put<T>(path: string, body: unknown, query?: Query): Promise<T> {
    return (await this.request<T>("PUT", path, { body, query })).data;
  }

  async delete(path: string, query?: Query): Promise<void> {
    await this.request<void>("DELETE", path, { query });
  }

  /** Every item of a paged collection (first/max), page by page. */
  async all<T>(path: string, query: Query = {}, pageSize = 1000): Promise<T[]> {
    const items: T[] = [];
    for (let first = 0; ; first += pageSize) {
      const page = await this.get<T[]>(path, { ...query, first, max: pageSize });
      items.push(...page);
      if (page.length < pageSize) {
        return items;
      }
    }
  }
}

function toProblem(status: number, statusText: string, body: string): ProblemError {
  try {
    const problem = JSON.parse(body);
    if (problem && typeof problem === "object") {
      return new ProblemError(
        status,
        problem.title ?? problem.error ?? statusText ?? String(status),
        problem.detail ?? problem.error_description ?? problem.errorMessage,
        Array.isArray(problem.errors) ? problem.errors : [],
      );
    }
  } catch {
    // not JSON: fall through
  }
  return new ProblemError(status, statusText || `HTTP ${status}`, body || undefined, []);
}
